//! The two products over several specs: every spec's problems are reported, each in
//! its own file, and an option a product cannot honour is refused with a clear line.

use std::path::PathBuf;

/// The contents of the generated file at `path` (`src/types.rs`).
fn file<'g>(generated: &'g codegen::Generated, path: &str) -> &'g str {
    let found = generated.files.iter().find(|f| f.path == std::path::Path::new(path));
    &found.unwrap_or_else(|| panic!("no {path}")).contents
}

fn spec(dir: &str, name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-products-{}-{dir}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_broken_spec_in_a_library_hides_none_of_another_specs_problems() {
    let broken = spec(
        "library",
        "broken.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/Nowhere'}\n",
    );
    let odd = spec(
        "library",
        "odd.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    N: {type: integer, example: not-a-number}\n",
    );
    let failure = codegen::Config::new().api("broken", &broken).api("odd", &odd).generate_library().unwrap_err();
    let of = |file: &PathBuf, kind| failure.diagnostics.iter().any(|d| &d.file == file && d.kind == kind);
    assert!(of(&broken, codegen::DiagnosticKind::Reference), "{failure}");
    // The second spec still went through its samples, after the first one's error.
    assert!(of(&odd, codegen::DiagnosticKind::BadExample), "{failure}");
}

#[test]
fn an_option_the_product_cannot_honour_is_refused_in_words() {
    let path = spec("options", "api.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    let failure = codegen::Config::new().api("api", &path).tag_features(true).generate_library().unwrap_err();
    let lines: Vec<String> = failure.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["error: `Config::tag_features` applies to standalone crates; a library's cargo features are its own"]
    );
    assert_eq!(failure.diagnostics[0].kind, codegen::DiagnosticKind::Config);
    let failure = codegen::Config::new().api("api", &path).feature_gates(true).generate_crate().unwrap_err();
    assert!(failure.to_string().contains("`Config::feature_gates` applies to the modules of a library"), "{failure}");
}

#[test]
fn a_dangling_reference_suggests_the_nearest_name() {
    let path = spec(
        "near",
        "pets.yaml",
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {type: string}\n    Owner:\n      type: object\n      properties:\n        pet: {$ref: '#/components/schemas/Pett'}\n        car: {$ref: '#/components/schemas/Vehicle'}\n",
    );
    let failure = codegen::Config::new().api("pets", &path).generate_library().unwrap_err();
    let lines: Vec<String> = failure.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        lines.iter().any(|line| line
            .ends_with("reference `#/components/schemas/Pett` does not resolve to a schema; did you mean `Pet`?")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|line| line.ends_with("reference `#/components/schemas/Vehicle` does not resolve to a schema")),
        "no name is near `Vehicle`: {lines:?}"
    );
}

#[test]
fn a_standalone_crate_depends_on_the_event_stream_parser_only_if_it_streams() {
    let streams = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/specs/streams.yaml");
    let plain = spec("streams", "plain.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    for (path, streamed) in [(streams, true), (plain, false)] {
        let generated = codegen::Config::new().api("api", &path).generate_crate().unwrap();
        let manifest = &generated.files.iter().find(|f| f.path == std::path::Path::new("Cargo.toml")).unwrap().contents;
        assert_eq!(manifest.contains("\nsse-stream = \"0.3.0\"\n"), streamed, "{manifest}");
    }
}

/// The crates that check webhooks' signatures are optional, brought in by the feature
/// `webhooks`, and only in a crate whose spec sends webhooks.
#[test]
fn webhooks_bring_in_their_crates_only_with_their_feature() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/specs");
    for (spec, sends) in [("webhooks.yaml", true), ("streams.yaml", false)] {
        let generated = codegen::Config::new().api("api", fixtures.join(spec)).generate_crate().unwrap();
        let manifest = &generated.files.iter().find(|f| f.path == std::path::Path::new("Cargo.toml")).unwrap().contents;
        let feature = "\n# The `webhooks` module: the events the API sends, their signatures checked.\n\
                       webhooks = [\"dep:base64\", \"dep:hmac-sha256\", \"dep:standardwebhooks\"]\n";
        assert_eq!(manifest.contains(feature), sends, "{manifest}");
        // Every client's requests may be mocked and traced: those features are there either way.
        assert!(manifest.contains("[features]\n# The `mock` module: typed mocks"), "{manifest}");
        assert!(manifest.contains("\n# A `tracing` span for each request"), "{manifest}");
        let optional = "\nstandardwebhooks = { version = \"1.0.1\", optional = true }\n";
        assert_eq!(manifest.contains(optional), sends, "{manifest}");
        let root = &generated.files.iter().find(|f| f.path == std::path::Path::new("src/lib.rs")).unwrap().contents;
        assert_eq!(root.contains("#[cfg(feature = \"webhooks\")]\npub mod webhooks;"), sends, "{root}");
    }
}

/// OpenAPI 3.2's nested tags: a parent's feature turns on its children's; a badge
/// (`kind: badge`) gates nothing; a parent that loops is dropped with a warning.
#[test]
fn nested_tags_are_features_that_include_their_childrens() {
    let path = spec(
        "nested-tags",
        "pets.yaml",
        "openapi: 3.2.0\ninfo: {title: t, version: '1'}\n\
         tags:\n  - {name: pets, summary: All pets}\n  - {name: dogs, parent: pets}\n  - {name: puppies, parent: dogs}\n\
         \x20 - {name: beta, kind: badge}\n  - {name: loop, parent: loop}\n\
         paths:\n  /dogs:\n    get: {operationId: listDogs, tags: [dogs, beta], responses: {'204': {description: ok}}}\n\
         \x20 /puppies:\n    get: {operationId: listPuppies, tags: [puppies], responses: {'204': {description: ok}}}\n\
         \x20 /beta:\n    get: {operationId: tryBeta, tags: [beta], responses: {'204': {description: ok}}}\n\
         \x20 /loop:\n    get: {operationId: loop, tags: [loop], responses: {'204': {description: ok}}}\n",
    );
    let generated = codegen::Config::new().api("api", &path).tag_features(true).generate_crate().unwrap();
    let manifest = &generated.files.iter().find(|f| f.path == std::path::Path::new("Cargo.toml")).unwrap().contents;
    let expected = "[features]\ndefault = [\"dogs\", \"loop\", \"pets\", \"puppies\"]\n\
                    # The operations tagged \"dogs\", and those of the tags nested in it.\n\"dogs\" = [\"puppies\"]\n\
                    # The operations tagged \"loop\".\n\"loop\" = []\n\
                    # The operations tagged \"pets\", and those of the tags nested in it: All pets.\n\"pets\" = [\"dogs\"]\n\
                    # The operations tagged \"puppies\".\n\"puppies\" = []\n";
    assert!(manifest.contains(expected), "{manifest}");
    let client = &generated.files.iter().find(|f| f.path == std::path::Path::new("src/client.rs")).unwrap().contents;
    let gate_of = |method: &str| {
        let at = client.find(&format!("pub fn {method}(")).unwrap();
        client[..at].rfind("#[cfg(").filter(|cfg| !client[*cfg..at].contains("pub fn ")).map(|cfg| &client[cfg..at])
    };
    assert!(gate_of("list_dogs").is_some_and(|gate| gate.contains("feature = \"dogs\"")), "{client}");
    assert_eq!(gate_of("try_beta"), None, "a badge gates nothing");
    let warning = generated.warnings.iter().map(ToString::to_string).find(|w| w.contains("/tags/4/parent"));
    assert!(
        warning.is_some_and(|w| w.contains("the parent `loop` leads back to the tag itself")),
        "{:?}",
        generated.warnings
    );
}

/// An overlay named like the spec is applied without being asked, then those
/// `Config::overlay` gives, in order; each is among the files read (a build script
/// reruns when one changes), and a problem in one is said in it.
#[test]
fn overlays_fix_a_vendored_spec_that_stays_as_it_is() {
    let path = spec(
        "overlays",
        "accounts.yaml",
        "openapi: 3.0.3\ninfo: {title: Accounts, version: '1'}\npaths:\n  /accounts/{id}:\n    get:\n      operationId: getAccount\n\
         \x20     parameters:\n        - {name: account_id, in: path, required: true, schema: {type: string}}\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {type: object}}}}}\n",
    );
    let before = std::fs::read_to_string(&path).unwrap();
    // The path names `{id}`, the parameter `account_id`: the overlay beside it renames the parameter.
    let beside = path.with_file_name("accounts.overlay.yaml");
    std::fs::write(
        &beside,
        "overlay: 1.1.0\ninfo: {title: Fixes, version: '1'}\nactions:\n\
         - target: $.paths['/accounts/{id}'].get.parameters[?@.name == 'account_id']\n  update: {name: id}\n",
    )
    .unwrap();
    let named = path.with_file_name("names.overlay.yaml");
    std::fs::write(
        &named,
        "overlay: 1.0.0\ninfo: {title: Names, version: '1'}\nactions:\n\
         - target: $.paths.*[?@.operationId == 'getAccount']\n  update: {operationId: fetchAccount}\n\
         - target: $.paths['/gone']\n  update: {x-a: 1}\n",
    )
    .unwrap();
    let generated = codegen::Config::new().api("api", &path).overlay(&named).generate_crate().unwrap();
    let client = &generated.files.iter().find(|f| f.path == std::path::Path::new("src/client.rs")).unwrap().contents;
    assert!(client.contains("pub fn fetch_account(&self, id: impl Into<String>)"), "{client}");
    assert_eq!(generated.read, [path.clone(), beside.clone(), named.clone()]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before, "the spec is left as it is");
    let warning = generated.warnings.iter().find(|w| w.file == named).expect("a warning in the overlay");
    assert_eq!(warning.location, "/actions/1/target");
    assert!(warning.to_string().contains("names.overlay.yaml:6:"), "its line: {warning}");

    let broken = path.with_file_name("broken.overlay.yaml");
    std::fs::write(&broken, "overlay: 1.0.0\ninfo: {title: Broken, version: '1'}\nactions:\n- target: nowhere\n")
        .unwrap();
    let failure = codegen::Config::new().api("api", &path).overlay(&broken).generate_crate().unwrap_err();
    let error = failure.diagnostics.iter().find(|d| d.file == broken).expect("an error in the overlay");
    assert_eq!(error.location, "/actions/0/target");
    let orphan = codegen::Config::new().overlay(&named).api("api", &path).generate_crate().unwrap_err();
    assert!(orphan.to_string().contains("comes before any `Config::api`"), "{orphan}");
}

/// A tag named `Webhooks` takes another feature than the webhooks module's, and a
/// webhook's payload is compiled whatever tags are on, as the module names it.
#[test]
fn tag_features_leave_the_webhooks_feature_and_payloads_alone() {
    let path = spec(
        "webhook-tags",
        "hooks.yaml",
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n\
         paths:\n  /hooks:\n    get: {operationId: listHooks, tags: [Webhooks], responses: {'204': {description: ok}}}\n\
         \x20 /pets:\n    get:\n      operationId: listPets\n      tags: [pets]\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}\n\
         webhooks:\n  born:\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}\n\
         \x20     responses: {'200': {description: ok}}\n\
         components:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n",
    );
    let generated = codegen::Config::new().api("api", &path).tag_features(true).generate_crate().unwrap();
    let manifest = &generated.files.iter().find(|f| f.path == std::path::Path::new("Cargo.toml")).unwrap().contents;
    let table: toml::Table = manifest.parse().unwrap_or_else(|err| panic!("{err}\n{manifest}"));
    let features = table["features"].as_table().unwrap();
    assert_eq!(features["webhooks"].as_array().unwrap()[0].as_str(), Some("dep:base64"), "{manifest}");
    assert!(features.keys().any(|key| key.starts_with("webhooks") && key != "webhooks"), "{manifest}");
    let types = &generated.files.iter().find(|f| f.path == std::path::Path::new("src/types.rs")).unwrap().contents;
    let at = types.find("pub struct Pet").unwrap();
    assert!(!types[..at].trim_end().lines().rev().take(3).any(|line| line.contains("cfg(")), "{types}");
}

/// The README's overlay, applied to the PlayAI spec as it shows.
#[test]
fn the_readmes_overlay_renames_an_operation_of_the_playai_spec() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let overlay = root.join("tests/readme/playai.overlay.yaml");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(readme.contains(&format!("```yaml\n{}```", std::fs::read_to_string(&overlay).unwrap())));
    let config = codegen::Config::new().api("playai", root.join("specs/playai.yaml")).overlay(&overlay);
    let generated = config.generate_library().unwrap();
    assert!(generated.warnings.iter().all(|w| w.file != overlay), "{:?}", generated.warnings);
    let client = generated.files.iter().find(|f| f.path.ends_with("playai/client.rs")).unwrap();
    assert!(client.contents.contains("pub fn agent_stats("), "{}", client.contents);
}

/// A settings file named like the spec is read without being asked: its
/// `[operations]` keeps some operations, and the types only the others needed go.
#[test]
fn a_settings_file_keeps_some_operations_and_the_types_they_need() {
    let path = spec(
        "settings",
        "shop.yaml",
        "openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n\
         \x20 /orders:\n    get:\n      operationId: listOrders\n      tags: [orders]\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}\n\
         \x20 /orders/{id}/refund:\n    post:\n      operationId: refundOrder\n      tags: [orders]\n\
         \x20     parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Refund'}}}}}\n\
         \x20 /stock:\n    get:\n      operationId: getStock\n      tags: [stock]\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Stock'}}}}}\n\
         components:\n  schemas:\n\
         \x20   Order: {type: object, properties: {id: {type: string}, lines: {type: array, items: {$ref: '#/components/schemas/Line'}}}}\n\
         \x20   Line: {type: object, properties: {sku: {type: string}}}\n\
         \x20   Refund: {type: object, properties: {amount: {type: number}}}\n\
         \x20   Stock: {type: object, properties: {count: {type: integer}}}\n",
    );
    let settings = path.with_file_name("shop.codegen.toml");
    std::fs::write(
        &settings,
        "short-method-names = true\n\n[operations]\ntags = [\"orders\"]\nexclude-paths = [\"/orders/*/refund\"]\nids = [\"gone\"]\n",
    )
    .unwrap();
    let generated = codegen::Config::new().api("api", &path).generate_crate().unwrap();
    let file = |path: &str| file(&generated, path);
    assert!(file("src/client.rs").contains("pub fn list_orders("));
    assert!(!file("src/client.rs").contains("refund_order") && !file("src/client.rs").contains("get_stock"));
    let types = file("src/types.rs");
    assert!(types.contains("pub struct Order ") && types.contains("pub struct Line "), "{types}");
    assert!(!types.contains("pub struct Refund ") && !types.contains("pub struct Stock "), "{types}");
    assert!(generated.read.contains(&settings));
    let warning = generated.warnings.iter().find(|w| w.file == settings).expect("a warning in the settings file");
    assert!(warning.message.contains("ids: `gone` is no operation's in the spec"), "{warning}");

    std::fs::write(&settings, "[operations]\ntagz = [\"orders\"]\n").unwrap();
    let failure = codegen::Config::new().api("api", &path).generate_crate().unwrap_err();
    let error = failure.diagnostics.iter().find(|d| d.file == settings).expect("an error in the settings file");
    assert!(error.message.contains("unknown field `tagz`"), "{error}");
    assert_eq!(error.position.map(|p| (p.line, p.column)), Some((2, 1)), "{error}");
}

/// The README's settings file is valid settings, and says what the README says.
#[test]
fn the_readmes_settings_file_reads() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
    let start = readme.find("```toml\n# Method names").expect("the README's settings file") + "```toml\n".len();
    let text = &readme[start..start + readme[start..].find("```").unwrap()];
    let options: codegen::ResolveOptions = toml::from_str(text).unwrap_or_else(|err| panic!("{err}"));
    assert!(options.short_method_names);
    assert_eq!(options.operations.tags, ["issues"]);
    assert_eq!(options.operations.exclude_ids, ["issues/lock"]);
    // Applied to GitHub's REST description, as its example says: every name is found.
    let github = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json");
    assert!(github.is_file(), "{} is missing: run `npm ci --prefix tests/corpus`", github.display());
    let settings = spec("readme-settings", "github.codegen.toml", text);
    let generated = codegen::Config::new().api("github", &github).settings(&settings).generate_crate();
    let generated = generated.unwrap_or_else(|failure| panic!("{failure}"));
    assert!(generated.warnings.iter().all(|w| w.file != settings), "{:?}", generated.warnings);
    let file = |path: &str| file(&generated, path);
    let types = file("src/types.rs");
    assert!(types.contains("pub struct User ") && types.contains("pub html: Option<String>"));
    assert!(types.contains("pub type ReactionRollup = crate::reactions::Reactions;"));
    assert!(types.contains("    WontDo,") && types.contains("pub unknown_members: serde_json::Map"));
    assert!(types.contains("#[derive(Debug, Clone, PartialEq, Eq, Hash)]\npub struct Label "), "{types}");
    assert!(file("src/client.rs").contains("pub fn repo_issues("));
    assert!(file("Cargo.toml").contains("\nrust_decimal = \"1.36\"\n"));
}

/// A settings file's changes that cannot be made are errors in it, each naming its
/// table and key; none is applied halfway.
#[test]
fn settings_that_name_nothing_or_collide_are_errors_in_the_settings_file() {
    let path = spec(
        "customise-errors",
        "shop.yaml",
        "openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n\
         \x20 /orders:\n    get:\n      operationId: listOrders\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}\n\
         \x20 /stock:\n    get:\n      operationId: getStock\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Stock'}}}}}\n\
         components:\n  schemas:\n\
         \x20   Order: {type: object, properties: {id: {type: string}, total: {type: number}, state: {type: string, enum: [open, shut]}}}\n\
         \x20   Stock: {type: object, properties: {count: {type: integer}}}\n",
    );
    let settings = path.with_file_name("shop.codegen.toml");
    let errors = |text: &str| -> Vec<String> {
        std::fs::write(&settings, text).unwrap();
        let failure = codegen::Config::new().api("api", &path).generate_crate().unwrap_err();
        failure.diagnostics.iter().filter(|d| d.file == settings).map(|d| d.message.clone()).collect()
    };
    let said = errors(
        "[rename]\ntypes = { Order = \"Stock\", Gone = \"Here\" }\noperations = { list_orders = \"get_stock\" }\n\
         fields = { \"Order.id\" = \"total\", \"Order.nope\" = \"x\" }\nvariants = { \"Order.Open\" = \"Live\", \"OrderState.Open\" = \"Shut\" }\n",
    );
    let expected = [
        "[rename.fields] Order.id: `Order` has a field `total` already",
        "[rename.fields] Order.nope: `Order` has no field `nope`",
        "[rename.variants] Order.Open: `Order` has no variants",
        "[rename.variants] OrderState.Open: `OrderState` has a variant `Shut` already",
        "[rename.types] Gone: names no type of the API",
        "[rename.types] Order: `Order` and `Stock` would both be `Stock`",
        "[rename.operations] list_orders: the client has a method `get_stock` already",
    ];
    assert_eq!(said, expected);
    let said =
        errors("[types]\nderive = { Order = [\"Hash\"], Stock = [\"Ord\"] }\nreplace = { Nothing = \"a::B\" }\n");
    assert_eq!(
        said,
        [
            "[types.replace] Nothing: names no type of the API",
            "[types.derive] Order: `Order` cannot derive `Hash`: `Order.total` holds a floating-point number",
        ]
    );
    let said = errors("[types]\nreplace = { Order = \"Vec<u8>\" }\n[dependencies]\nserde = \"1\"\n");
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].contains("`Vec<u8>` is not an identifier"), "{said:?}");
    assert!(said[1].contains("`serde` is a crate the generated code depends on already"), "{said:?}");
}

/// The crates of types a spec or its settings chose are a standalone crate's
/// dependencies; streams and pages the spec does not declare can be declared beside it.
#[test]
fn chosen_types_bring_their_crates_and_settings_declare_streams() {
    let path = spec(
        "customise-crates",
        "chat.yaml",
        "openapi: 3.0.3\ninfo: {title: Chat, version: '1'}\npaths:\n\
         \x20 /chat:\n    post:\n      operationId: createChat\n\
         \x20     requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Ask'}}}}\n\
         \x20     responses: {'200': {description: ok, content: {text/event-stream: {schema: {$ref: '#/components/schemas/Chunk'}}}}}\n\
         components:\n  schemas:\n\
         \x20   Ask: {type: object, properties: {live: {type: boolean}, price: {type: string, format: decimal}}}\n\
         \x20   Chunk: {type: object, properties: {at: {type: string, x-rust-type: {crate: jiff, version: '0.2', path: jiff::Timestamp}}}}\n",
    );
    std::fs::write(
        path.with_file_name("chat.codegen.toml"),
        "[types]\nformats = { decimal = \"rust_decimal::Decimal\" }\n[dependencies]\nrust_decimal = \"1.36\"\n\
         [streams]\ncreateChat = { end-marker = \"[END]\", flag = \"live\" }\nnoSuchOperation = { flag = false }\n",
    )
    .unwrap();
    let generated = codegen::Config::new().api("api", &path).generate_crate().unwrap();
    let file = |path: &str| file(&generated, path);
    let manifest = file("Cargo.toml");
    assert!(manifest.contains("\njiff = \"0.2\"\n") && manifest.contains("\nrust_decimal = \"1.36\"\n"), "{manifest}");
    assert!(file("src/types.rs").contains("pub price: Option<rust_decimal::Decimal>"));
    assert!(file("src/types.rs").contains("pub at: Option<jiff::Timestamp>"));
    let client = file("src/client.rs");
    assert!(client.contains("\"[END]\""), "{client}");
    assert!(client.contains(".live = Some(true)") || client.contains("live = Some(true)"), "{client}");
    let warning = generated.warnings.iter().find(|w| w.message.contains("noSuchOperation")).expect("a warning");
    assert!(warning.message.contains("[streams] `noSuchOperation` is no operation's `operationId`"), "{warning}");
}

/// A diff reads both versions with the settings beside the new one: what those name
/// that only the new version has is no error of the old one's.
#[test]
fn a_diff_reads_the_old_version_with_the_new_ones_settings() {
    let body = |extra: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: Shop, version: '1'}}\npaths:\n  /orders:\n    get:\n      responses: \
             {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Order'}}}}}}}}}}\n\
             components:\n  schemas:\n    Order: {{type: object, required: [kind], properties: {{kind: {{type: string, enum: [order]}}, \
             id: {{type: string}}{extra}}}}}\n    Refund: {{type: object, properties: {{amount: {{type: number}}}}}}\n"
        )
    };
    let old = spec("diff-settings", "old.yaml", &body(""));
    let new = spec("diff-settings", "shop.yaml", &body(", team: {$ref: '#/components/schemas/Team'}"));
    let team =
        std::fs::read_to_string(&new).unwrap() + "    Team: {type: object, properties: {name: {type: string}}}\n";
    std::fs::write(&new, team).unwrap();
    std::fs::write(
        new.with_file_name("shop.codegen.toml"),
        "[rename]\ntypes = { Team = \"Squad\" }\nvariants = { \"OrderKind.Order\" = \"Sale\" }\n\
         [types]\nkeep-unknown-members = true\n",
    )
    .unwrap();
    let diff = codegen::Config::new().api("api", &new).diff(&old).unwrap_or_else(|failure| panic!("{failure}"));
    assert_eq!(diff.bump(), codegen::Bump::Minor, "{diff}");
    assert!(diff.changes.iter().any(|c| c.item == "types::Squad" && c.what == "added (a struct)"), "{diff}");
    // The variant a one-value member is fixed to follows its rename into `new`.
    let generated = codegen::Config::new().api("api", &new).generate_crate().unwrap();
    let types = file(&generated, "src/types.rs");
    assert!(types.contains("kind: OrderKind::Sale"), "{types}");
}

/// An alternative of a union without a discriminator is told apart by the members it
/// declares: it keeps no undeclared ones, said as an error when named, a warning for all.
#[test]
fn alternatives_of_an_untagged_union_keep_no_unknown_members() {
    let path = spec(
        "keep-unknown-unions",
        "pets.yaml",
        "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n\
         \x20 /pet:\n    get:\n      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}\n\
         components:\n  schemas:\n\
         \x20   Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}\n\
         \x20   Cat: {type: object, required: [name], properties: {name: {type: string}}}\n\
         \x20   Dog: {type: object, required: [name, bark], properties: {name: {type: string}, bark: {type: boolean}}}\n\
         \x20   Owner: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}}\n",
    );
    let settings = path.with_file_name("pets.codegen.toml");
    std::fs::write(&settings, "[types]\nkeep-unknown-members = [\"Cat\"]\n").unwrap();
    let failure = codegen::Config::new().api("api", &path).generate_crate().unwrap_err();
    assert!(failure.diagnostics.iter().any(|d| d.file == settings && d.message.contains("`Cat` is an alternative")));
    std::fs::write(&settings, "[types]\nkeep-unknown-members = true\n").unwrap();
    let generated = codegen::Config::new().api("api", &path).generate_crate().unwrap();
    let warning = generated.warnings.iter().find(|w| w.file == settings).expect("a warning");
    assert!(warning.message.contains("2 structs that are alternatives"), "{warning}");
    let types = file(&generated, "src/types.rs");
    assert_eq!(types.matches("pub unknown_members").count(), 1, "{types}");
}

/// A path of fields read through an alias (a page whose schema is a reference to
/// another) follows a rename of one of its fields.
#[test]
fn a_renamed_field_is_followed_through_an_alias_on_the_way() {
    let path = spec(
        "rename-through-alias",
        "pages.yaml",
        "openapi: 3.0.3\ninfo: {title: Pages, version: '1'}\npaths:\n\
         \x20 /items:\n    get:\n      operationId: listItems\n\
         \x20     parameters: [{name: after, in: query, schema: {type: string}}]\n\
         \x20     responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Listing'}}}}}\n\
         components:\n  schemas:\n\
         \x20   Listing: {$ref: '#/components/schemas/Page'}\n\
         \x20   Page: {type: object, required: [data], properties: {data: {type: array, items: {type: string}}, next_key: {type: string}}}\n",
    );
    std::fs::write(
        path.with_file_name("pages.codegen.toml"),
        "[rename]\nfields = { \"Page.next_key\" = \"cursor\" }\n\
         [pagination]\nlistItems = { style = \"cursor\", param = \"after\", cursor = \"next_key\", items = \"data\" }\n",
    )
    .unwrap();
    let generated = codegen::Config::new().api("api", &path).generate_crate().unwrap();
    let client = file(&generated, "src/client.rs");
    assert!(client.contains("page.body.cursor"), "{client}");
    assert!(!client.contains("next_key.as_ref"), "{client}");
}
