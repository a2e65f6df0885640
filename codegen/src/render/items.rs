//! The top-level items of generated tokens, found without parsing them: an item ends
//! with a top-level `;`, or with a `{ ... }` that no `;` follows (`const X: T = T {};`
//! goes on to its `;`). The generator writes no item where a brace group ends anything
//! else (such as a const generic default).

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Each top-level item of `tokens`, attributes included.
pub fn items(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = Vec::new();
    let mut item = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let ends_item = match &token {
            TokenTree::Punct(punct) => punct.as_char() == ';',
            TokenTree::Group(group) => {
                group.delimiter() == Delimiter::Brace
                    && !matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ';')
            }
            _ => false,
        };
        item.push(token);
        if ends_item {
            items.push(item.drain(..).collect());
        }
    }
    if !item.is_empty() {
        items.push(item.into_iter().collect());
    }
    items
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn items_end_at_their_semicolon_or_braces() {
        let tokens = quote! {
            use a::b;
            #[derive(Debug)]
            pub struct S { x: i32 }
            const C: S = S { x: 1 };
            impl S { fn f() {} }
            pub struct T(i32);
        };
        let items: Vec<String> = items(tokens).iter().map(ToString::to_string).collect();
        assert_eq!(
            items,
            [
                "use a :: b ;",
                "# [derive (Debug)] pub struct S { x : i32 }",
                "const C : S = S { x : 1 } ;",
                "impl S { fn f () { } }",
                "pub struct T (i32) ;",
            ]
        );
    }
}
