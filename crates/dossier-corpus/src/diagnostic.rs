//! Diagnostics: what the engine has to say about its input, as `file:line: message`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing was lost.
    Note,
    /// Something was skipped or guessed; the build goes on.
    Warning,
    /// The corpus cannot be built.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One message about one place in one input file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The file, as the user named it (folder and file name).
    pub file: String,
    /// The 1-based line, or 0 when the message is about the whole file.
    pub line: u32,
    /// How serious it is.
    pub severity: Severity,
    /// A sentence a person can act on.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic about `file` at `line`.
    pub fn new(file: &str, line: u32, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            line,
            severity,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line: severity: message`, the shape editors and terminals link.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file,
            self.line.max(1),
            self.severity,
            self.message
        )
    }
}
