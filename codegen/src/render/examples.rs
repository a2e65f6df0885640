//! The crate's test of its samples: `examples.rs`, which decodes each sample of
//! `examples.json` through its type and encodes it back.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::json;

use super::type_tokens;
use crate::ir::{Api, Sample, SampleOrigin, TypeRef};

/// The distinct types of the samples, in first-use order; a sample names its type by
/// its index here.
fn sample_types(samples: &[Sample]) -> Vec<&TypeRef> {
    let mut types: Vec<&TypeRef> = Vec::new();
    for sample in samples {
        if !types.contains(&&sample.ty) {
            types.push(&sample.ty);
        }
    }
    types
}

/// `examples.json`: each sample with its type's index, origin and place in the spec.
pub fn samples_json(samples: &[Sample]) -> String {
    let types = sample_types(samples);
    let samples: Vec<serde_json::Value> = samples
        .iter()
        .map(|sample| {
            let origin = match sample.origin {
                SampleOrigin::Example => "example",
                SampleOrigin::Synthesised => "synthesised",
            };
            let ty = types.iter().position(|t| *t == &sample.ty).expect("listed above");
            json!({ "type": ty, "origin": origin, "at": sample.at, "value": sample.value })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&samples).expect("JSON values print");
    text.push('\n');
    text
}

/// `examples.rs`: the fixed harness (`codegen/support/src/api/examples.rs`) and what
/// this API adds to it: its catch-all variants, its tag properties, and the type each
/// sample is decoded as.
pub fn render_examples(api: &Api, samples: &[Sample]) -> TokenStream {
    let harness = super::support::select(&crate::templates::EXAMPLES, &super::Helpers::default());
    let (uses, items): (Vec<&syn::Item>, Vec<&syn::Item>) =
        harness.items.iter().partition(|item| matches!(item, syn::Item::Use(_)));
    let catch_alls = super::types::catch_all_names(api);
    let mut tags: Vec<&str> = api
        .types
        .iter()
        .filter_map(|t| match &t.kind {
            crate::ir::TypeDefKind::Tagged(union) => Some(union.property.as_str()),
            _ => None,
        })
        .collect();
    tags.sort_unstable();
    tags.dedup();
    let arms = sample_types(samples).into_iter().enumerate().map(|(index, ty)| {
        let index = Literal::usize_unsuffixed(index);
        let rust = type_tokens(ty, true);
        let gate = super::cfg_all(&gates(api, ty));
        quote! { #gate #index => round_trip::<#rust>(value), }
    });
    quote! {
        #(#uses)*

        use super::types;

        #(#items)*

        /// The variants that keep values the spec does not list.
        const CATCH_ALLS: &[&str] = &[#(#catch_alls),*];

        /// The properties tagged unions are told apart by: a value that came without its
        /// tag is encoded with it.
        const TAGS: &[&str] = &[#(#tags),*];

        /// Round-trips `value` through the type with index `ty` in `examples.json`.
        fn check(ty: u64, value: &Value) -> Result<(), Failure> {
            match ty {
                #(#arms)*
                _ => Err(Failure::Decode(format!("no type {ty} in this build"))),
            }
        }
    }
}

/// The features each named type a sample's type mentions needs.
fn gates(api: &Api, ty: &TypeRef) -> Vec<Vec<String>> {
    ty.names()
        .into_iter()
        .filter_map(|name| api.types.iter().find(|t| t.name == name))
        .map(|t| t.features.clone())
        .filter(|features| !features.is_empty())
        .collect()
}
