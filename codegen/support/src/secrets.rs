/// A credential: kept out of `Debug` output, logs and error messages.
#[cfg(needs = "secrets")]
#[derive(Clone)]
pub(crate) struct Secret(String);

#[cfg(needs = "secrets")]
impl Secret {
    #[cfg(any(needs = "basic_auth", needs = "key_auth"))]
    pub(crate) fn new(value: String) -> Self {
        Self(value)
    }

    /// A bearer token, given with or without its `Bearer ` prefix (as some APIs'
    /// docs show it): `Authorization: Bearer <token>` is sent either way, the
    /// prefix never twice.
    #[cfg(needs = "bearer_auth")]
    pub(crate) fn bearer(token: String) -> Self {
        let scheme = token.get(..7).filter(|prefix| prefix.eq_ignore_ascii_case("bearer "));
        match scheme {
            Some(_) => Self(token[7..].trim_start().to_owned()),
            None => Self(token),
        }
    }

    /// An empty credential is taken for none: it would only be refused.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[cfg(needs = "token_auth")]
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// The user name and password of an HTTP basic credential.
    #[cfg(needs = "basic_auth")]
    pub(crate) fn expose_pair(&self) -> (&str, Option<&str>) {
        match self.0.split_once(':') {
            Some((user, password)) => (user, Some(password)),
            None => (&self.0, None),
        }
    }
}

#[cfg(needs = "secrets")]
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

#[cfg(test)]
mod secrets_tests {
    use super::*;

    #[test]
    fn a_secret_never_prints() {
        let secret = Secret::new("hunter2".to_owned());
        assert_eq!(format!("{secret:?}"), "Secret(..)");
        assert_eq!(format!("{:#?}", Some(secret.clone())), "Some(\n    Secret(..),\n)");
        assert_eq!(secret.expose(), "hunter2");
    }

    #[test]
    fn a_bearer_token_is_kept_without_its_scheme() {
        assert_eq!(Secret::bearer("Bearer abc".to_owned()).expose(), "abc");
        assert_eq!(Secret::bearer("bearer  abc".to_owned()).expose(), "abc");
        assert_eq!(Secret::bearer("abc".to_owned()).expose(), "abc");
        assert_eq!(Secret::bearer("Bearerabc".to_owned()).expose(), "Bearerabc");
    }

    #[test]
    fn a_basic_credential_splits_at_its_first_colon() {
        assert_eq!(Secret::new("ann:pass:word".to_owned()).expose_pair(), ("ann", Some("pass:word")));
        assert_eq!(Secret::new("token".to_owned()).expose_pair(), ("token", None));
    }
}
