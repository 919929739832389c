//! The closed vocabularies of the catalogue (catalogue-format.md): kebab-case codes in JSON,
//! typed enums here, so a typo in a pack fails at build time instead of hiding an item.

use serde::{Deserialize, Serialize};

/// An enum whose variants have stable kebab-case codes, listed in `ALL`.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $code)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
pub(crate) use coded_enum;

coded_enum!(
    /// Which kitchens a food belongs to (a food may belong to several).
    Cuisine {
        Punjabi => "punjabi",
        Gujarati => "gujarati",
        Bengali => "bengali",
        Pakistani => "pakistani",
        SouthIndian => "south-indian",
        Sweets => "sweets",
        Festival => "festival",
        Takeaway => "takeaway",
        Everyday => "everyday",
    }
);

coded_enum!(
    /// What kind of food it is. `Drink` is judged by the drink traffic-light criteria.
    Category {
        Bread => "bread",
        Rice => "rice",
        Dal => "dal",
        Curry => "curry",
        Vegetable => "vegetable",
        Meat => "meat",
        Fish => "fish",
        Snack => "snack",
        Sweet => "sweet",
        Drink => "drink",
        Fruit => "fruit",
        Dairy => "dairy",
        Breakfast => "breakfast",
        Other => "other",
    }
);

coded_enum!(
    /// Household measures: how portions are described at home, not in grams.
    Measure {
        Piece => "piece",
        Katori => "katori",
        Fist => "fist",
        Cup => "cup",
        Glass => "glass",
        Tablespoon => "tablespoon",
        Teaspoon => "teaspoon",
        Handful => "handful",
        Bowl => "bowl",
        Plate => "plate",
        Slice => "slice",
        Ladle => "ladle",
    }
);

coded_enum!(
    /// Why a swap is better.
    SwapReason {
        SmallerPortion => "smaller-portion",
        LessSugar => "less-sugar",
        LessSalt => "less-salt",
        LessFat => "less-fat",
        MoreFibre => "more-fibre",
        BakedNotFried => "baked-not-fried",
        GrilledNotFried => "grilled-not-fried",
    }
);

coded_enum!(
    /// What a lesson is about; also what a person says they are interested in.
    Topic {
        Diabetes => "diabetes",
        BloodPressure => "blood-pressure",
        Heart => "heart",
        Food => "food",
        Activity => "activity",
        Medicines => "medicines",
        FootCare => "foot-care",
        Fasting => "fasting",
        Festivals => "festivals",
    }
);

coded_enum!(
    /// Who a lesson speaks to.
    Audience {
        Patient => "patient",
        /// A family helper or carer.
        Helper => "helper",
    }
);

coded_enum!(
    /// How hard an activity is. Saathi suggests, a clinician progresses (PRODUCT.md).
    Intensity {
        Light => "light",
        Moderate => "moderate",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case_and_round_trip() {
        fn check<T: Copy + PartialEq + std::fmt::Debug + Serialize + for<'a> Deserialize<'a>>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for &v in all {
                let c = code(v);
                assert!(c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'), "{c}");
                assert_eq!(from(c), Some(v));
                assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{c}\""));
                assert_eq!(serde_json::from_str::<T>(&format!("\"{c}\"")).unwrap(), v);
            }
        }
        check(Cuisine::ALL, Cuisine::code, Cuisine::from_code);
        check(Category::ALL, Category::code, Category::from_code);
        check(Measure::ALL, Measure::code, Measure::from_code);
        check(SwapReason::ALL, SwapReason::code, SwapReason::from_code);
        check(Topic::ALL, Topic::code, Topic::from_code);
        check(Audience::ALL, Audience::code, Audience::from_code);
        check(Intensity::ALL, Intensity::code, Intensity::from_code);
        assert_eq!(Category::from_code("Drink"), None);
        assert!(serde_json::from_str::<Category>("\"drinks\"").is_err());
    }
}
