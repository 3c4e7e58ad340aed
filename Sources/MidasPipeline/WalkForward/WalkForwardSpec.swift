import Foundation
import MidasCore

/// The windows of a walk-forward (`--walk-forward train=N,test=M[,step=K]`), in trading days.
///
/// Window k trains on days [s, s+train) and tests on [s+train, s+train+test) of the run's trading
/// window, s advancing by `step` (by default `test`, so test parts tile the out-of-sample span).
/// A step shorter than the test would make test parts overlap and is refused; a longer one leaves
/// days between test parts untraded.
public struct WalkForwardSpec: Sendable, Equatable, CustomStringConvertible {
    /// Trading days each window selects on.
    public var train: Int
    /// Trading days each window trades the selected variant on.
    public var test: Int
    /// Trading days between the starts of consecutive windows (≥ `test`).
    public var step: Int

    /// The flag that carries the spec, named in errors.
    static let flag = "--walk-forward"

    /// Creates a spec; `step` defaults to `test`.
    ///
    /// - Throws: ``InputError`` when a count is not positive or `step` is shorter than `test`.
    public init(train: Int, test: Int, step: Int? = nil) throws {
        self.train = train
        self.test = test
        self.step = step ?? test
        for (name, value) in [("train", train), ("test", test), ("step", self.step)] where value < 1 {
            throw InputError(
                .badValue, file: Self.flag, field: name, detail: "\(value), expected a positive number of trading days")
        }
        guard self.step >= test else {
            throw InputError(
                .badValue, file: Self.flag, field: "step",
                detail: "step=\(self.step) is shorter than test=\(test): test parts would overlap; use step >= test")
        }
    }

    /// Parses `train=N,test=M[,step=K]` (keys in any order, each once).
    ///
    /// - Throws: ``InputError`` naming the flag and the key for an unknown, repeated or missing key,
    ///   a value that is not a whole number, or counts the initializer refuses.
    public init(parsing text: String) throws {
        var values: [String: Int] = [:]
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            guard parts.count == 2, ["train", "test", "step"].contains(key) else {
                throw InputError(
                    .badValue, file: Self.flag,
                    detail: "'\(item)' in '\(text)': expected train=N,test=M[,step=K]")
            }
            guard values[key] == nil else {
                throw InputError(.duplicate, file: Self.flag, field: key, detail: "given twice in '\(text)'")
            }
            let valueText = parts[1].trimmingCharacters(in: .whitespaces)
            guard let value = Int(valueText) else {
                throw InputError(
                    .badNumber, file: Self.flag, field: key, detail: "'\(valueText)' is not a whole number of days")
            }
            values[key] = value
        }
        for key in ["train", "test"] where values[key] == nil {
            throw InputError(.badValue, file: Self.flag, field: key, detail: "missing in '\(text)'")
        }
        try self.init(train: values["train"]!, test: values["test"]!, step: values["step"])
    }

    /// `train=N,test=M,step=K`.
    public var description: String { "train=\(train),test=\(test),step=\(step)" }
}
