import Foundation

/// Writing to the terminal: results on stdout, diagnostics and progress on stderr.
enum Console {
    /// Writes one line (a newline is added when missing) to stderr.
    static func error(_ message: String) {
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Reports a stage's progress on stderr unless `quiet`.
    static func progress(_ message: String, quiet: Bool) {
        if !quiet { error(message) }
    }
}
