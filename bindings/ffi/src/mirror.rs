//! `mirror_enum!`: a field-less enum that crosses the FFI, with `From` both ways to the
//! domain's enum of the same variants. The domain crate stays free of uniffi; a variant
//! added there and not here fails to compile (the matches have no wildcard).

macro_rules! mirror_enum {
    (
        $(#[$meta:meta])*
        $name:ident <=> $domain:ty {
            $($(#[$vmeta:meta])* $variant:ident),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl From<$domain> for $name {
            fn from(v: $domain) -> Self {
                type Domain = $domain;
                match v {
                    $(Domain::$variant => $name::$variant),+
                }
            }
        }

        impl From<$name> for $domain {
            fn from(v: $name) -> Self {
                type Domain = $domain;
                match v {
                    $($name::$variant => Domain::$variant),+
                }
            }
        }
    };
}

/// Converts every element of a list (`Vec<A>` to `Vec<B>`).
pub(crate) fn all<A, B: From<A>>(items: impl IntoIterator<Item = A>) -> Vec<B> {
    items.into_iter().map(B::from).collect()
}
