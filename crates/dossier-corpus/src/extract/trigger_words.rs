//! The trigger words of news English: each stem with its event type and
//! its PLOVER category (or CAMEO root where PLOVER has none). Data, not
//! logic: `triggers.rs` finds them in a sentence.

/// One trigger: a word stem, the event type, and its PLOVER category (or
/// CAMEO root name where PLOVER has none).
pub struct Trigger {
    /// The start of the word (or words), lower case.
    pub stem: &'static str,
    /// The event type.
    pub kind: &'static str,
    /// The PLOVER category, or the CAMEO root name.
    pub plover: &'static str,
}

/// Trigger stems, matched at the start of a lower-cased word; more specific
/// first. General news English; nothing here names an actor. "said" is a
/// statement; the present "says" only attributes, and reports no dated
/// happening.
pub const TRIGGERS: &[Trigger] = &[
    Trigger {
        stem: "airstrike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "air strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "air raid",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "drone strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "retaliatory strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "rocket",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "mortar",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "missile",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "genocide",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "massacre",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "assassinat",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "killed",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "killing",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "ransack",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "stormed",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "storming",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "took up arms",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "attack",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "kidnapped",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "abducted",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fired on",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fired at",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "opened fire",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "gunfire",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "offensive",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "assault",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "bombing",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "shelling",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "hostilit",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "clash",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "siege",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fought",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fighting",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "strike",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "coup",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "arrest",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "detain",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "jailed",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "sentenced",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "raid",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "captur",
        kind: "capture",
        plover: "COERCE",
    },
    Trigger {
        stem: "releas",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "broke out of",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "jailbreak",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "freed",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "threat",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "warn",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "vow",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "ultimatum",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "sanction",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "cut ties",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "cut diplomatic ties",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "severed ties",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "severed diplomatic",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "severed relations",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "designat",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "expel",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "uprising",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "protest",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "demonstrat",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "rally",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "parade",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "muster",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "sent troops",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "sent soldiers",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "deploy",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "mobiliz",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "pulled out",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "pull out",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "quit",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "renounc",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "rolled out of",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "surrender",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "laid down",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "withdraw",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "pullout",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "pull troops",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "redeployment",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "seized power",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "seizing power",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "took power",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "taken power",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "takes office",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "taking office",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "take office",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "succeeded him",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "succeeded her",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "took office",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "inaugurat",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "appoint",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "sworn in",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "seiz",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "recaptur",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "retook",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "retake",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "overran",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "overrun",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "entered",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "took",
        kind: "capture",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "law",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "authoris",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "authoriz",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "court ruling",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "resolution",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "enact",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "legislat",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "unseat",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "turnout",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "election",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "vote",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "truce",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "ceasefire",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "agreed",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "signed on to",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "agreement",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "deal",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "visit",
        kind: "visit",
        plover: "CONSULT",
    },
    Trigger {
        stem: "met",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "meet",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "meeting",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "talks",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "discussion",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "talking to",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "talking with",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "dialogue",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "welcomed the",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "welcomes the",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "declared himself",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "declared herself",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "spoke with",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "spoke by telephone",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "elected",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "rallied",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "set fire",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "torched",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "welcome",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "conference",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "call with",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "summit",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "interview",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "press conference",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "paid tribute",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "publish",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "statement",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "speech",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "announc",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "confirmed",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "condemn",
        kind: "statement",
        plover: "ACCUSE",
    },
    Trigger {
        stem: "denied",
        kind: "statement",
        plover: "REJECT",
    },
    Trigger {
        stem: "told",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "urg",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "called on",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "called for",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "wrote",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "quoted",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "said",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "stated",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "declared",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
];

/// A place taken: what a "capture" trigger ("seized", "took", "entered")
/// reports when a place follows it ("captured Hama", "seized the border
/// town of Bunagana").
pub static TAKING_A_PLACE: Trigger = Trigger {
    stem: "",
    kind: "attack",
    plover: "ASSAULT",
};

/// People captured: "captured" with no place after it.
pub static CAPTURING_PEOPLE: Trigger = Trigger {
    stem: "",
    kind: "arrest",
    plover: "COERCE",
};
