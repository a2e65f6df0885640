//! The top-level items of generated tokens, found without parsing them: an item ends
//! with a top-level `;`, or with a `{ ... }` that no `;` follows (`const X: T = T {};`
//! goes on to its `;`). The generator writes no item where a brace group ends anything
//! else (such as a const generic default).

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Runs of whole items, each of at least `min_tokens` top-level tokens but the last.
pub fn item_runs(tokens: TokenStream, min_tokens: usize) -> Vec<TokenStream> {
    let mut runs = Vec::new();
    let mut run = Vec::new();
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
        run.push(token);
        if ends_item && run.len() >= min_tokens {
            runs.push(run.drain(..).collect());
        }
    }
    if !run.is_empty() {
        runs.push(run.into_iter().collect());
    }
    runs
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
        let items: Vec<String> = item_runs(tokens, 1).iter().map(ToString::to_string).collect();
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
        // Three tokens an item: the first run takes two items to reach four.
        assert_eq!(item_runs(quote! { use a; use b; use c; }, 4).len(), 2);
    }
}
