/// Gives the access tokens of an OAuth 2.0 (or OpenID Connect) scheme, for the
/// requests whose operations require it: the client asks before each attempt, and
/// sends the token as `Authorization: Bearer <token>`. [`ClientCredentials`] is one;
/// implement it for any other flow (a token your service already refreshes, a
/// device or authorization code flow run elsewhere).
#[cfg(needs = "token_provider")]
pub trait TokenProvider: Send + Sync {
    /// A token good for `scopes` (the scopes the operation's security requirement
    /// names; empty when it names none), from a cache or fetched.
    fn token<'a>(&'a self, scopes: &'a [&'static str]) -> futures_util::future::BoxFuture<'a, Result<String>>;

    /// The API answered `401 Unauthorized` to a request that carried `token`: the
    /// next [`Self::token`] must not give it again. The request is then sent once
    /// more, with a fresh token.
    fn refused(&self, token: &str) {
        let _ = token;
    }
}

/// A request's need of a token: whose, and for which scopes.
#[cfg(needs = "token_provider")]
#[derive(Clone)]
pub(crate) struct TokenNeed {
    pub(crate) provider: std::sync::Arc<dyn TokenProvider>,
    pub(crate) scopes: &'static [&'static str],
}

#[cfg(needs = "token_provider")]
impl fmt::Debug for TokenNeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenNeed").field("scopes", &self.scopes).finish_non_exhaustive()
    }
}

/// Whether the request is to carry a token.
#[cfg(needs = "token_provider")]
fn token_wanted(options: &RequestOptions) -> bool {
    options.token.is_some()
}

#[cfg(all(needs = "execute", not(needs = "token_provider")))]
fn token_wanted(_: &RequestOptions) -> bool {
    false
}

/// Puts the token the request needs, if any, on it: the one it carries.
#[cfg(needs = "token_provider")]
async fn add_token(options: &RequestOptions, request: &mut reqwest::Request) -> Result<Option<String>> {
    let Some(need) = &options.token else { return Ok(None) };
    let token = need.provider.token(need.scopes).await?;
    let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
        .map_err(|_| Error::InvalidRequest("the access token is not a valid header value".to_owned()))?;
    value.set_sensitive(true);
    request.headers_mut().insert(reqwest::header::AUTHORIZATION, value);
    Ok(Some(token))
}

#[cfg(all(needs = "execute", not(needs = "token_provider")))]
async fn add_token(_: &RequestOptions, _: &mut reqwest::Request) -> Result<Option<String>> {
    Ok(None)
}

/// Tells the provider its token was refused.
#[cfg(needs = "token_provider")]
fn refuse_token(options: &RequestOptions, token: &str) {
    if let Some(need) = &options.token {
        need.provider.refused(token);
    }
}

#[cfg(all(needs = "execute", not(needs = "token_provider")))]
fn refuse_token(_: &RequestOptions, _: &str) {}

/// OAuth 2.0's client credentials grant (RFC 6749 §4.4): tokens fetched from the
/// token endpoint with the client's id and secret, one per set of scopes, kept until
/// shortly before they expire (`expires_in`) or the API refuses one. Concurrent
/// requests wait for one fetch. The secret is sent to the token endpoint only, which
/// must be `https` (or `http` on a loopback address, for tests); tokens go to the API
/// only, as every credential of the client does. `Debug` shows neither.
#[cfg(needs = "client_credentials")]
pub struct ClientCredentials {
    token_url: String,
    client_id: String,
    client_secret: Secret,
    secret_in_body: bool,
    http: Option<reqwest::Client>,
    refresh_before: Duration,
    tokens: std::sync::Mutex<std::collections::HashMap<String, CachedToken>>,
    fetching: futures_util::lock::Mutex<()>,
}

/// How long a token endpoint has to answer, unless the client given says otherwise:
/// requests wait for it, one fetch at a time.
#[cfg(needs = "client_credentials")]
const TOKEN_TIMEOUT: Duration = Duration::from_secs(30);

#[cfg(needs = "client_credentials")]
struct CachedToken {
    token: String,
    /// When it is to be fetched again; `None` when the server gave no lifetime.
    refresh_at: Option<std::time::Instant>,
}

/// The failure of a token endpoint (RFC 6749 §5.2): its status, its `error` code
/// (`invalid_client`, `invalid_scope`, ...) and what it says, or why its answer
/// cannot be read.
#[cfg(needs = "client_credentials")]
#[derive(Debug, Clone)]
pub struct TokenError {
    /// The token endpoint's status; `None` when no answer came.
    pub status: Option<StatusCode>,
    pub error: Option<String>,
    pub message: String,
}

#[cfg(needs = "client_credentials")]
impl ClientCredentials {
    /// Tokens from `token_url` for the client `client_id`, authenticated with HTTP
    /// basic (RFC 6749 §2.3.1, each part form-encoded first).
    pub fn new(token_url: impl Into<String>, client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Self {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: Secret(client_secret.into()),
            secret_in_body: false,
            http: None,
            refresh_before: Duration::from_secs(30),
            tokens: std::sync::Mutex::default(),
            fetching: futures_util::lock::Mutex::new(()),
        }
    }

    /// Sends the id and secret as `client_id` and `client_secret` in the form instead
    /// (RFC 6749 §2.3.1's alternative, which some servers require).
    pub fn secret_in_body(mut self) -> Self {
        self.secret_in_body = true;
        self
    }

    /// Fetches a token again this long before it expires (30 s unless set; half a
    /// token's lifetime at most).
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    /// Talks to the token endpoint through `http` (timeouts, proxies, TLS; by default
    /// a client that gives up after 30 s); it follows no redirect whatever it was
    /// built with.
    pub fn with_http_client(mut self, http: reqwest::ClientBuilder) -> Result<Self> {
        self.http = Some(safe_http_client(http)?);
        Ok(self)
    }

    fn cached(&self, key: &str) -> Option<String> {
        let tokens = self.tokens.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let cached = tokens.get(key)?;
        let fresh = cached.refresh_at.is_none_or(|at| std::time::Instant::now() < at);
        fresh.then(|| cached.token.clone())
    }

    async fn fetch(&self, scope: &str) -> Result<CachedToken> {
        let failed = |status, error, message: String| Error::Token(Box::new(TokenError { status, error, message }));
        let url = reqwest::Url::parse(&self.token_url)
            .map_err(|err| failed(None, None, format!("the token URL is not an absolute URL: {err}")))?;
        let host = url.host_str().unwrap_or_default().trim_start_matches('[').trim_end_matches(']');
        let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
            return Err(failed(None, None, "the token URL must be `https` (RFC 6749 §3.2)".to_owned()));
        }
        let mut form = vec![("grant_type", "client_credentials")];
        if !scope.is_empty() {
            form.push(("scope", scope));
        }
        let http = match &self.http {
            Some(http) => http.clone(),
            None => safe_http_client(reqwest::Client::builder().timeout(TOKEN_TIMEOUT))?,
        };
        let mut request = http.post(url).header(reqwest::header::ACCEPT, "application/json");
        if self.secret_in_body {
            form.extend([("client_id", self.client_id.as_str()), ("client_secret", self.client_secret.0.as_str())]);
        } else {
            let encode = |part: &str| serde_urlencoded::to_string([("", part)]).unwrap_or_default()[1..].to_owned();
            request = request.basic_auth(encode(&self.client_id), Some(encode(&self.client_secret.0)));
        }
        let response = request.form(&form).send().await.map_err(|err| {
            failed(None, None, format!("the token endpoint cannot be reached: {}", with_causes(&err.without_url())))
        })?;
        let status = response.status();
        let (_, _, body) = read(response, 64 * 1024).await?;
        let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let text = |name: &str| answer.get(name).and_then(serde_json::Value::as_str).map(str::to_owned);
        if !status.is_success() {
            let message = text("error_description").unwrap_or_else(|| "the token endpoint refused".to_owned());
            return Err(failed(Some(status), text("error"), message));
        }
        let Some(token) = text("access_token").filter(|token| !token.is_empty()) else {
            return Err(failed(Some(status), None, "the answer has no `access_token`".to_owned()));
        };
        // RFC 6749 §7.1: a client must not use a token of a type it does not understand.
        if !text("token_type").is_some_and(|kind| kind.eq_ignore_ascii_case("bearer")) {
            return Err(failed(Some(status), None, "the token's `token_type` is not `Bearer`".to_owned()));
        }
        // A number of seconds; some servers send it as a string.
        let lifetime = match answer.get("expires_in") {
            Some(serde_json::Value::Number(seconds)) => seconds.as_f64(),
            Some(serde_json::Value::String(seconds)) => seconds.trim().parse().ok(),
            _ => None,
        };
        let refresh_at = lifetime.filter(|seconds| seconds.is_finite() && *seconds >= 0.0).map(|seconds| {
            let lifetime = Duration::from_secs_f64(seconds.min(1e9));
            std::time::Instant::now() + lifetime - self.refresh_before.min(lifetime / 2)
        });
        Ok(CachedToken { token, refresh_at })
    }
}

#[cfg(needs = "client_credentials")]
impl TokenProvider for ClientCredentials {
    fn token<'a>(&'a self, scopes: &'a [&'static str]) -> futures_util::future::BoxFuture<'a, Result<String>> {
        Box::pin(async move {
            // RFC 6749 §3.3: scopes are space-delimited.
            let scope = scopes.join(" ");
            if let Some(token) = self.cached(&scope) {
                return Ok(token);
            }
            let _one_fetch = self.fetching.lock().await;
            if let Some(token) = self.cached(&scope) {
                return Ok(token);
            }
            let fetched = self.fetch(&scope).await?;
            let token = fetched.token.clone();
            self.tokens.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(scope, fetched);
            Ok(token)
        })
    }

    fn refused(&self, token: &str) {
        let mut tokens = self.tokens.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        tokens.retain(|_, cached| cached.token != token);
    }
}

#[cfg(needs = "client_credentials")]
impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}
