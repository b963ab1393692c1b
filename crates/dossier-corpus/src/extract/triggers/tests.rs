use super::*;

/// The triggers of `text`, as (covered text, type).
fn check(text: &str, expected: &[(&str, &str)]) {
    let found: Vec<(&str, &str)> = find_triggers(text)
        .iter()
        .map(|found| (&text[found.at..found.end], found.trigger.kind))
        .collect();
    assert_eq!(found, expected, "{text:?}");
}

#[test]
fn a_participle_that_describes_people_is_no_happening() {
    check("A poster of killed fighters is seen in the city.", &[]);
    check(
        "The detained commander was released.",
        &[("releas", "release")],
    );
    check("Police detained the commander.", &[("detain", "arrest")]);
}

#[test]
fn news_verbs_of_taking_power_voting_rallying_and_calling() {
    check(
        "The general declared himself head of state.",
        &[("declared himself", "appointment")],
    );
    check("He was elected in 2021.", &[("elected", "election")]);
    check("Hundreds rallied in the square.", &[("rallied", "protest")]);
    check("A crowd set fire to the office.", &[("set fire", "attack")]);
    check(
        "The envoy spoke with the president.",
        &[("spoke with", "meeting")],
    );
    check(
        "The council passed a resolution.",
        &[("resolution", "legislation")],
    );
    // Welcoming a decision is a statement; welcoming a guest, a meeting.
    check(
        "The mercenary chief welcomed the decision.",
        &[("welcomed the", "statement")],
    );
    check(
        "The president welcomed his guest.",
        &[("welcome", "meeting")],
    );
    check(
        "Erdogan welcomed the Iraqi prime minister.",
        &[("welcomed the", "meeting")],
    );
}

#[test]
fn the_same_words_in_senses_that_report_no_happening() {
    check("The spokesman spoke with reporters.", &[]);
    check("The democratically elected president fled.", &[]);
    check("Oil prices rallied on Monday.", &[]);
    // "and" starts another happening: the attack is no means of the killing.
    check(
        "A judge was killed in Basra and militants attacked a police station.",
        &[("killed", "killing"), ("attack", "attack")],
    );
}

#[test]
fn the_strike_that_killed_is_the_killing() {
    check(
        "He was killed with his deputy in the January 3 U.S. strike.",
        &[("killed", "killing")],
    );
    check(
        "He was killed on Monday, and a strike hit the port.",
        &[("killed", "killing"), ("strike", "attack")],
    );
}

#[test]
fn a_meeting_is_met_whatever_word_follows() {
    check("He met his security chiefs.", &[("met", "meeting")]);
    check("They will meet on Friday.", &[("meet", "meeting")]);
    check("She meets the envoy.", &[("meet", "meeting")]);
    check("The metro and the metal trade.", &[]);
    check(
        "He held discussions this month.",
        &[("discussion", "meeting")],
    );
    check(
        "The group was talking to the adviser.",
        &[("talking to", "meeting")],
    );
    check(
        "It erupted into open hostilities in 2019.",
        &[("hostilit", "attack")],
    );
}

#[test]
fn a_reaction_met_and_an_end_to_fighting_are_no_happenings() {
    check("The plan met with criticism on Monday.", &[]);
    check("The envoy met with the minister.", &[("met", "meeting")]);
    check(
        "They agreed a cessation of hostilities.",
        &[("agreed", "agreement")],
    );
    // The call is a statement; the fighting it would end is no happening.
    check(
        "They called for an end to the fighting.",
        &[("called for", "statement")],
    );
}

#[test]
fn a_doubled_final_consonant_is_an_inflection() {
    check(
        "The junta expelled the ambassador.",
        &[("expel", "sanction")],
    );
    check("Troops pulled out in May.", &[("pulled out", "withdrawal")]);
    check("In May it quit the bloc.", &[("quit", "withdrawal")]);
    check(
        "France sent troops in 2013; the last convoys rolled out of Gao.",
        &[
            ("sent troops", "mobilization"),
            ("rolled out of", "withdrawal"),
        ],
    );
    check(
        "He spoke after a call with Blinken at a pledging conference.",
        &[("call with", "meeting"), ("conference", "meeting")],
    );
    check(
        "A report published in 2021; a press conference in May.",
        &[("publish", "statement"), ("press conference", "statement")],
    );
    // Not any letters: "expellee" is no inflection, "quite" no quitting.
    check("An expellee, quite alone.", &[]);
}

#[test]
fn side_by_side_triggers_of_one_category_are_one_happening() {
    check(
        "A rocket attack hit the base.",
        &[("rocket attack", "rocket_fire")],
    );
}

#[test]
fn the_present_says_attributes_and_reports_no_happening() {
    check("Officials said on Monday.", &[("said", "statement")]);
    check("The group says it will attack.", &[("attack", "attack")]);
}

#[test]
fn a_trigger_that_describes_is_background() {
    for (before, expected) in [
        ("the transfer of those", true),
        ("including those", true),
        ("released within three days of being", true),
        ("Those", true),
        ("Police", false),
        ("one of the", false),
        ("men suspected of a spate of", true),
        ("KH responded to the", true),
        ("KH responded to the arrests by", false),
        ("charged with raids by Tehran", true),
    ] {
        assert_eq!(is_background(before), expected, "{before:?}");
    }
}

#[test]
fn what_a_statement_names_with_the_is_no_new_happening() {
    check(
        "The president announced the pullout on Friday.",
        &[("announc", "statement")],
    );
    check(
        "Ten governments condemned the deployment in December.",
        &[("condemn", "statement")],
    );
    check(
        "The ministry confirmed the attack on Monday.",
        &[("confirmed", "statement")],
    );
    check(
        "The military confirmed three separate attacks in June.",
        &[("confirmed", "statement"), ("attack", "attack")],
    );
}

#[test]
fn releasing_a_document_frees_no_one() {
    check("The army released drone footage on Monday.", &[]);
    check("Final results released on Sunday.", &[]);
    check(
        "The militia released 13 of the 14 men on Monday.",
        &[("releas", "release")],
    );
}

#[test]
fn shooting_in_several_words() {
    check(
        "A convoy was fired on in the capital.",
        &[("fired on", "attack")],
    );
    check("Gunfire rattled the city.", &[("Gunfire", "attack")]);
    check(
        "Rebels renewed their offensive on the port.",
        &[("offensive", "attack")],
    );
    check("The manager was fired in May.", &[]);
}

#[test]
fn side_by_side_triggers_of_two_categories_are_two() {
    check(
        "He took office vowing reform.",
        &[("took office", "appointment"), ("vow", "threat")],
    );
}

#[test]
fn a_place_taken_is_an_attack_people_captured_an_arrest() {
    check("They captured Hama on Thursday.", &[("captur", "attack")]);
    check("Rebels took Homs late Saturday.", &[("took", "attack")]);
    check(
        "The rebels entered Goma late Sunday.",
        &[("entered", "attack")],
    );
    check(
        "It seized the border town of Bunagana in 2022.",
        &[("seiz", "attack")],
    );
    check(
        "They seized control of the airport on Monday.",
        &[("seiz", "attack")],
    );
    check(
        "Troops retook eastern Aleppo in late 2016.",
        &[("retook", "attack")],
    );
    check(
        "Police captured three fighters on Monday.",
        &[("captur", "arrest")],
    );
    check(
        "Soldiers captured Saddam Hussein in December.",
        &[("captur", "arrest")],
    );
    // Nothing taken: a part, a place in time, weapons, a treaty in force.
    check(
        "Hutu extremists took part in the genocide.",
        &[("genocide", "killing")],
    );
    check("The talks took place in Doha.", &[("talks", "meeting")]);
    check("Police seized weapons on Monday.", &[]);
    check(
        "The truce entered into force in May.",
        &[("truce", "agreement")],
    );
}

#[test]
fn power_taken_and_office_taken_are_appointments() {
    check(
        "Col. Goïta first seized power in August 2020.",
        &[("seized power", "appointment")],
    );
    check(
        "Trump, who takes office next month, wrote on Saturday.",
        &[("takes office", "appointment"), ("wrote", "statement")],
    );
    check(
        "His son succeeded him in 2000.",
        &[("succeeded him", "appointment")],
    );
}

#[test]
fn more_news_verbs() {
    check(
        "A crowd ransacked the embassy on Sunday.",
        &[("ransack", "attack")],
    );
    check(
        "The minister urged restraint on Monday.",
        &[("urg", "statement")],
    );
    check(
        "She told an emergency meeting on Sunday.",
        &[("told", "statement"), ("meet", "meeting")],
    );
    check(
        "The government cut diplomatic ties with Rwanda.",
        &[("cut diplomatic ties", "sanction")],
    );
    check(
        "Washington designated the group a terrorist organisation in 2018.",
        &[("designat", "sanction")],
    );
    check(
        "Thousands of inmates broke out of the prison.",
        &[("broke out of", "release")],
    );
    check(
        "Soldiers laid down their weapons that day.",
        &[("laid down", "withdrawal")],
    );
    // "urgent" is no urging.
    check("An urgent appeal went out.", &[]);
}

#[test]
fn what_is_no_place_taken_and_no_happening() {
    check("Aid trucks entered Gaza on Monday.", &[]);
    check("Pope Francis entered St. Peter's Basilica on Sunday.", &[]);
    check("He took Friday off.", &[]);
    check("U.S. authorities seized Iranian oil on Friday.", &[]);
    check(
        "The vote took Washington by surprise.",
        &[("vote", "election")],
    );
    check("Police seized large quantities of cocaine.", &[]);
    check(
        "Rebels entered Aleppo two days later.",
        &[("entered", "attack")],
    );
    check(
        "The delegate stormed out of the meeting.",
        &[("meet", "meeting")],
    );
    check("South Africa filed a genocide case against Israel.", &[]);
    check(
        "A strike severed the main water pipeline.",
        &[("strike", "attack")],
    );
    check("Trump designated Marco Rubio as his envoy.", &[]);
    check(
        "Washington designated the group a terrorist organisation.",
        &[("designat", "sanction")],
    );
}

#[test]
fn news_verbs_of_courts_and_kidnappings() {
    check(
        "The council authorised the mission.",
        &[("authoris", "legislation")],
    );
    check(
        "The Senate authorized the sale.",
        &[("authoriz", "legislation")],
    );
    check(
        "A court ruling blocked the plan.",
        &[("court ruling", "legislation")],
    );
    check(
        "The gang kidnapped 17 missionaries.",
        &[("kidnapped", "attack")],
    );
    check("She had been jailed in 2018.", &[("jailed", "arrest")]);
    // Not: a truck that overturned, a coach who took charge of a match,
    // banned substances, kidnapping charges, abductors, freeing up money.
    check("A truck overturned on the highway.", &[]);
    check("The coach took charge of his 300th match.", &[]);
    check("The sprinter tested positive for banned substances.", &[]);
    check("The judge dropped the kidnapping charges.", &[]);
    check(
        "Police said the abductors had demanded a ransom.",
        &[("said", "statement")],
    );
    check("The budget passed, freeing up $2 billion for schools.", &[]);
}
