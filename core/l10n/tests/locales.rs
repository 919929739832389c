//! Every locale says everything the source locale says, with the same placeables, and says
//! that it has not yet been reviewed by a native-speaking clinician.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use saathi_l10n::{LOCALES, SOURCE_LOCALE};

const REVIEW_HEADER: &str = "not yet reviewed by a native-speaking clinician";

fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, out),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn expression_refs(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline(i, out),
        Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
    }
}

fn pattern_refs(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_refs(expression, out);
        }
    }
}

/// Message id -> placeables, for one file.
fn messages(locale: &str, source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{locale}: Fluent syntax errors: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut refs = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_refs(v, &mut refs);
                }
                out.insert(m.id.name.to_string(), refs);
            }
            Entry::Junk { content } => panic!("{locale}: unparsable entry: {content}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_locale_has_every_message_with_the_same_placeables() {
    let source = LOCALES.iter().find(|l| l.code == SOURCE_LOCALE).expect("source locale");
    let mut problems = Vec::new();
    for locale in LOCALES.iter().filter(|l| l.has_text() && l.code != SOURCE_LOCALE) {
        assert_eq!(locale.files.len(), source.files.len(), "{}: same files as the source", locale.code);
        for (theirs, ours) in locale.files.iter().zip(source.files) {
            let want = messages(SOURCE_LOCALE, ours);
            let got = messages(locale.code, theirs);
            for id in want.keys().filter(|id| !got.contains_key(*id)) {
                problems.push(format!("{}: missing {id}", locale.code));
            }
            for id in got.keys().filter(|id| !want.contains_key(*id)) {
                problems.push(format!("{}: unknown {id}", locale.code));
            }
            for (id, refs) in &want {
                if let Some(theirs) = got.get(id).filter(|r| *r != refs) {
                    problems.push(format!("{}: {id} uses {theirs:?}, the source {refs:?}", locale.code));
                }
            }
            let header = theirs.split("\n\n").next().unwrap_or_default();
            if !header.contains(REVIEW_HEADER) {
                problems.push(format!("{}: the first comment must say it is {REVIEW_HEADER}", locale.code));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_check_finds_a_missing_message_and_a_changed_placeable() {
    // The test above must be able to fail: the same comparison on altered text.
    let ours = messages("en-GB", "a = { $count } days\nb = Hello\n");
    let theirs = messages("xx", "a = { $days } dias\n");
    assert!(!theirs.contains_key("b"));
    assert_ne!(ours["a"], theirs["a"]);
}
