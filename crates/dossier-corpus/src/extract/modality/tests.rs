//! Tests of `modality`: data-driven, through one `check` helper each.

use super::*;

/// The reading of the trigger `trigger` (its first occurrence) in `text`.
fn check(text: &str, trigger: &str, expected: Option<Modality>) {
    let at = text
        .find(trigger)
        .unwrap_or_else(|| panic!("no {trigger:?} in {text:?}"));
    assert_eq!(reading(text, at), expected, "{text:?} at {trigger:?}");
}

#[test]
fn facts_are_asserted() {
    check(
        "Militants attacked the base on Monday.",
        "attacked",
        Some(Modality::Asserted),
    );
    check(
        "The news of his meetings suggests that, if nothing else, talks went well.",
        "meetings",
        Some(Modality::Asserted),
    );
}

#[test]
fn negated_and_wished_clauses_report_nothing() {
    check(
        "In May the government does not want any big clash with the rebels.",
        "clash",
        None,
    );
    check(
        "The group said it would not attack the convoy on Friday.",
        "attack",
        None,
    );
    check(
        "The army didn't withdraw from the town in June.",
        "withdraw",
        None,
    );
    check(
        "The envoy said in March he wants to use the lull to open talks.",
        "talks",
        None,
    );
    check("Is the truce holding after Friday's talks?", "truce", None);
    check(
        "He warned the premier not to prevent the groups from attacking the bases.",
        "attacking",
        None,
    );
    check(
        "The rebels refrained from shelling the town on Monday.",
        "shelling",
        None,
    );
    // Ordered or averted: "told the soldiers to surrender".
    check(
        "On Monday the group told the remaining soldiers to surrender.",
        "surrender",
        None,
    );
    check(
        "The authorities said on Monday they would do everything to avoid a massacre.",
        "massacre",
        None,
    );
    check(
        "The army said it was able to prevent a second attack on Sunday.",
        "attack",
        None,
    );
    // What someone failed to prevent came; what someone told a reporter
    // happened is no order.
    check(
        "Police failed to prevent the attack on the embassy on Wednesday.",
        "attack",
        Some(Modality::Asserted),
    );
    check(
        "Residents told Reuters militants returned to attack the village on Monday.",
        "attack",
        Some(Modality::Asserted),
    );
    // Going to a place is no order: "flew to Doha to sign the truce".
    check(
        "The envoy flew to Doha on Monday and signed the truce.",
        "truce",
        Some(Modality::Asserted),
    );
    check(
        "The council passed a resolution demanding that the group stop its attacks.",
        "attacks",
        None,
    );
    check(
        "The council passed a resolution demanding that the group stop its attacks.",
        "resolution",
        Some(Modality::Asserted),
    );
    check(
        "Protesters demanding the fall of the government clashed with police.",
        "clashed",
        Some(Modality::Asserted),
    );
    check(
        "Troops drove the rebels from the town and attacked the hills.",
        "attacked",
        Some(Modality::Asserted),
    );
}

#[test]
fn a_negated_claim_leaves_the_happening_standing() {
    check(
        "No group has claimed responsibility for the attack on Sunday.",
        "attack",
        Some(Modality::Asserted),
    );
    check(
        "It was not only the raid on Monday that angered them.",
        "raid",
        Some(Modality::Asserted),
    );
}

#[test]
fn plans_possibilities_claims_and_denials() {
    check(
        "The ministers will meet in Geneva next month.",
        "meet",
        Some(Modality::Planned),
    );
    check(
        "The vote is set for June 6.",
        "vote",
        Some(Modality::Planned),
    );
    check(
        "Officials said the militia could attack again in July.",
        "attack",
        Some(Modality::Hypothetical),
    );
    check(
        "The commander was reportedly arrested on Friday.",
        "arrested",
        Some(Modality::Claimed),
    );
    check(
        "Officials denied carrying out the strike on Tuesday.",
        "strike",
        Some(Modality::Denied),
    );
}

#[test]
fn only_a_sentence_about_the_past_takes_a_date_from_the_one_before() {
    for (text, expected) in [
        ("The raid targeted the headquarters of the group.", true),
        ("The envoy met the rebels and left.", true),
        (
            "These militias consider attacks on embassies an achievement.",
            false,
        ),
        ("The united front needs armed support.", false),
    ] {
        assert_eq!(tells_the_past(text), expected, "{text:?}");
    }
}

#[test]
fn that_opens_a_clause_of_its_own() {
    check(
        "It should be recalled that he had visited Beirut in 2017.",
        "visited",
        Some(Modality::Asserted),
    );
}

#[test]
fn a_dash_ends_a_clause() {
    check(
        "They would not say — the raid came on Monday.",
        "raid",
        Some(Modality::Asserted),
    );
}

#[test]
fn the_month_of_may_is_no_modal_verb() {
    check(
        "The army withdrew in May from the town.",
        "withdrew",
        Some(Modality::Asserted),
    );
    check(
        "Rebels may attack the port in June.",
        "attack",
        Some(Modality::Hypothetical),
    );
}

#[test]
fn cues_reach_only_the_triggers_own_clause() {
    check(
        "Troops withdrew in May, but the rebels could return.",
        "withdrew",
        Some(Modality::Asserted),
    );
    check(
        "If talks fail, the army will attack, officials said on Monday.",
        "attack",
        Some(Modality::Planned),
    );
}
