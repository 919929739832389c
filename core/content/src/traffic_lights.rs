//! Red, amber and green for fat, saturates, sugars and salt, as on UK front-of-pack labels.
//!
//! Criteria from the Department of Health / Food Standards Agency "Guide to creating a front
//! of pack (FoP) nutrition label for pre-packed products sold through retail outlets"
//! (updated November 2016): low (green) and high (red) per 100 g of food or 100 ml of
//! drink, and a per-portion red for large portions (over 100 g, or 150 ml of a drink) that
//! give more than 30 % (drinks 15 %) of an adult's reference intake (EU FIC Annex XIII:
//! fat 70 g, saturates 20 g, sugars 90 g, salt 6 g). The per-portion rule can only turn a
//! light red, never green. Catalogue portions are in grams; a drink's gram is taken as a
//! millilitre.

use serde::Serialize;

use saathi_domain::sources::Source;

use crate::catalogue::{Food, Nutrients};
use crate::codes::Category;

pub const FOP_2016: Source = Source {
    id: "dh-fsa-fop-2016",
    citation: "Department of Health, FSA: Guide to creating a front of pack (FoP) nutrition label for \
               pre-packed products sold through retail outlets (November 2016), tables 1 and 2",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Light {
    /// Low.
    Green,
    /// Medium.
    Amber,
    /// High.
    Red,
}

impl Light {
    pub fn code(self) -> &'static str {
        match self {
            Light::Green => "green",
            Light::Amber => "amber",
            Light::Red => "red",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nutrient {
    Fat,
    Saturates,
    Sugars,
    Salt,
}

impl Nutrient {
    pub const ALL: [Nutrient; 4] = [Nutrient::Fat, Nutrient::Saturates, Nutrient::Sugars, Nutrient::Salt];

    pub fn code(self) -> &'static str {
        match self {
            Nutrient::Fat => "fat",
            Nutrient::Saturates => "saturates",
            Nutrient::Sugars => "sugars",
            Nutrient::Salt => "salt",
        }
    }

    fn grams(self, n: &Nutrients) -> f64 {
        match self {
            Nutrient::Fat => n.fat_g,
            Nutrient::Saturates => n.saturates_g,
            Nutrient::Sugars => n.sugars_g,
            Nutrient::Salt => n.salt_g,
        }
    }
}

/// One nutrient's thresholds, in grams.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Threshold {
    /// Green at or below this, per 100 g (ml).
    pub low_max: f64,
    /// Red above this, per 100 g (ml).
    pub high_above: f64,
    /// Red above this per portion, for portions over `Criteria::portion_rule_above`.
    pub portion_high_above: f64,
}

/// A table of criteria (foods or drinks) with its source.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Criteria {
    pub fat: Threshold,
    pub saturates: Threshold,
    pub sugars: Threshold,
    pub salt: Threshold,
    /// The per-portion rule applies to portions heavier than this (g, or ml for drinks).
    pub portion_rule_above: f64,
    pub source: Source,
}

impl Criteria {
    pub fn threshold(&self, nutrient: Nutrient) -> Threshold {
        match nutrient {
            Nutrient::Fat => self.fat,
            Nutrient::Saturates => self.saturates,
            Nutrient::Sugars => self.sugars,
            Nutrient::Salt => self.salt,
        }
    }
}

const fn t(low_max: f64, high_above: f64, portion_high_above: f64) -> Threshold {
    Threshold { low_max, high_above, portion_high_above }
}

/// Foods, per 100 g; portion reds at 30 % of the reference intake, for portions over 100 g.
pub const FOOD: Criteria = Criteria {
    fat: t(3.0, 17.5, 21.0),
    saturates: t(1.5, 5.0, 6.0),
    sugars: t(5.0, 22.5, 27.0),
    salt: t(0.3, 1.5, 1.8),
    portion_rule_above: 100.0,
    source: FOP_2016,
};

/// Drinks, per 100 ml; portion reds at 15 % of the reference intake, for portions over
/// 150 ml. Half the food values, except low salt, which stays at 0.3 g as in the guide (the
/// same as the "low salt" claim, 0.12 g sodium per 100 g or 100 ml).
pub const DRINK: Criteria = Criteria {
    fat: t(1.5, 8.75, 10.5),
    saturates: t(0.75, 2.5, 3.0),
    sugars: t(2.5, 11.25, 13.5),
    salt: t(0.3, 0.75, 0.9),
    portion_rule_above: 150.0,
    source: FOP_2016,
};

/// The four lights of one food.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct TrafficLights {
    pub fat: Light,
    pub saturates: Light,
    pub sugars: Light,
    pub salt: Light,
}

impl TrafficLights {
    pub fn get(&self, nutrient: Nutrient) -> Light {
        match nutrient {
            Nutrient::Fat => self.fat,
            Nutrient::Saturates => self.saturates,
            Nutrient::Sugars => self.sugars,
            Nutrient::Salt => self.salt,
        }
    }
}

pub fn criteria_for(category: Category) -> &'static Criteria {
    if category == Category::Drink { &DRINK } else { &FOOD }
}

/// The lights of a catalogue food, from its portion's nutrients and weight.
pub fn traffic_lights(food: &Food) -> TrafficLights {
    lights(criteria_for(food.category), &food.per_portion, food.portion.grams)
}

/// The lights for `per_portion` nutrients in a portion of `grams`, by `criteria`.
pub fn lights(criteria: &Criteria, per_portion: &Nutrients, grams: f64) -> TrafficLights {
    let per_100 = per_portion.per_100(grams);
    let light = |n: Nutrient| {
        let t = criteria.threshold(n);
        // Scaling to 100 g is floating-point arithmetic: 1.2 g in 40 g is 3.0000000000000004.
        // Labels declare tenths (salt hundredths), so rounding to a millionth changes no real
        // value and keeps a boundary value on its boundary.
        let per_100 = (n.grams(&per_100) * 1e6).round() / 1e6;
        let portion_red = grams > criteria.portion_rule_above && n.grams(per_portion) > t.portion_high_above;
        if per_100 > t.high_above || portion_red {
            Light::Red
        } else if per_100 > t.low_max {
            Light::Amber
        } else {
            Light::Green
        }
    };
    TrafficLights {
        fat: light(Nutrient::Fat),
        saturates: light(Nutrient::Saturates),
        sugars: light(Nutrient::Sugars),
        salt: light(Nutrient::Salt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(n: Nutrient, grams: f64) -> Nutrients {
        let mut x = Nutrients {
            energy_kcal: 0.0,
            carbohydrate_g: 0.0,
            sugars_g: 0.0,
            fat_g: 0.0,
            saturates_g: 0.0,
            salt_g: 0.0,
        };
        match n {
            Nutrient::Fat => x.fat_g = grams,
            Nutrient::Saturates => x.saturates_g = grams,
            Nutrient::Sugars => x.sugars_g = grams,
            Nutrient::Salt => x.salt_g = grams,
        }
        x
    }

    /// The light for `amount` g of one nutrient in a portion of `portion` g.
    fn light(c: &Criteria, n: Nutrient, amount: f64, portion: f64) -> Light {
        lights(c, &only(n, amount), portion).get(n)
    }

    #[test]
    fn per_100_boundaries_for_every_nutrient_of_foods_and_drinks() {
        for (c, step) in [(&FOOD, 0.01), (&DRINK, 0.01)] {
            for n in Nutrient::ALL {
                let t = c.threshold(n);
                // At 100 g the portion is its own 100 g.
                assert_eq!(light(c, n, 0.0, 100.0), Light::Green, "{n:?}");
                assert_eq!(light(c, n, t.low_max, 100.0), Light::Green, "{n:?} at low");
                assert_eq!(light(c, n, t.low_max + step, 100.0), Light::Amber, "{n:?} above low");
                assert_eq!(light(c, n, t.high_above, 100.0), Light::Amber, "{n:?} at high");
                assert_eq!(light(c, n, t.high_above + step, 100.0), Light::Red, "{n:?} above high");
            }
        }
    }

    #[test]
    fn the_published_numbers() {
        let food = |n| FOOD.threshold(n);
        assert_eq!((food(Nutrient::Fat).low_max, food(Nutrient::Fat).high_above), (3.0, 17.5));
        assert_eq!((food(Nutrient::Saturates).low_max, food(Nutrient::Saturates).high_above), (1.5, 5.0));
        assert_eq!((food(Nutrient::Sugars).low_max, food(Nutrient::Sugars).high_above), (5.0, 22.5));
        assert_eq!((food(Nutrient::Salt).low_max, food(Nutrient::Salt).high_above), (0.3, 1.5));
        // 30 % of the reference intakes 70, 20, 90 and 6 g; drinks 15 %.
        for (n, ri) in [
            (Nutrient::Fat, 70.0),
            (Nutrient::Saturates, 20.0),
            (Nutrient::Sugars, 90.0),
            (Nutrient::Salt, 6.0),
        ] {
            assert!((FOOD.threshold(n).portion_high_above - ri * 0.30).abs() < 1e-9, "{n:?}");
            assert!((DRINK.threshold(n).portion_high_above - ri * 0.15).abs() < 1e-9, "{n:?}");
        }
        assert_eq!(FOOD.source.id, "dh-fsa-fop-2016");
        assert_eq!(DRINK.source, FOOD.source);
    }

    #[test]
    fn scaling_from_a_portion_keeps_boundaries_exact() {
        // 1.2 g of fat in a 40 g roti is exactly 3.0 g per 100 g: still green.
        assert_eq!(light(&FOOD, Nutrient::Fat, 1.2, 40.0), Light::Green);
        assert_eq!(light(&FOOD, Nutrient::Fat, 1.21, 40.0), Light::Amber);
        // 0.105 g of salt in 35 g is 0.3 per 100 g.
        assert_eq!(light(&FOOD, Nutrient::Salt, 0.105, 35.0), Light::Green);
        // 7 g of fat in 40 g is 17.5 per 100 g: amber; 7.01 is red.
        assert_eq!(light(&FOOD, Nutrient::Fat, 7.0, 40.0), Light::Amber);
        assert_eq!(light(&FOOD, Nutrient::Fat, 7.01, 40.0), Light::Red);
    }

    #[test]
    fn portion_rule_for_foods_over_100_g() {
        for n in Nutrient::ALL {
            let t = FOOD.threshold(n);
            // A 200 g plate: per 100 g is half the portion amount, below the high threshold.
            assert_eq!(light(&FOOD, n, t.portion_high_above, 200.0), Light::Amber, "{n:?} at 30 %");
            assert_eq!(light(&FOOD, n, t.portion_high_above + 0.01, 200.0), Light::Red, "{n:?} over 30 %");
        }
        // The rule applies only above 100 g. At 100 g, 21 g of fat is 21 per 100 g, red by
        // the per-100 g rule anyway, so the per-portion rule never changes a 100 g portion;
        // just over 120 g is where it starts to matter (21 g in 121 g is 17.36 per 100 g).
        assert_eq!(light(&FOOD, Nutrient::Fat, 21.0, 121.0), Light::Amber);
        assert_eq!(light(&FOOD, Nutrient::Fat, 21.01, 121.0), Light::Red);
    }

    #[test]
    fn portion_rule_for_drinks_over_150_ml() {
        for n in Nutrient::ALL {
            let t = DRINK.threshold(n);
            assert_eq!(light(&DRINK, n, t.portion_high_above, 200.0), Light::Amber, "{n:?} at 15 %");
            assert_eq!(light(&DRINK, n, t.portion_high_above + 0.01, 200.0), Light::Red, "{n:?} over 15 %");
        }
        // 14 g of sugar: in 150 ml (9.33 per 100 ml) amber, since the portion rule starts
        // above 150 ml; in 151 ml (9.27 per 100 ml) red by the portion rule.
        assert_eq!(light(&DRINK, Nutrient::Sugars, 14.0, 150.0), Light::Amber);
        assert_eq!(light(&DRINK, Nutrient::Sugars, 14.0, 151.0), Light::Red);
    }

    #[test]
    fn drinks_are_judged_as_drinks() {
        assert_eq!(criteria_for(Category::Drink), &DRINK);
        assert_eq!(criteria_for(Category::Dairy), &FOOD);
        // 4 g sugars per 100 ml: amber for a drink, green for a food.
        assert_eq!(light(&DRINK, Nutrient::Sugars, 4.0, 100.0), Light::Amber);
        assert_eq!(light(&FOOD, Nutrient::Sugars, 4.0, 100.0), Light::Green);
    }
}
