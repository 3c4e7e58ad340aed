import MidasCore

/// The rows a lenient read skipped, counted by reason, with the first of each reason as an example.
public struct RowSkips: Sendable, Equatable {
    /// Skipped rows per reason.
    public private(set) var counts: [InputError.Reason: Int] = [:]
    /// The first skipped row of each reason, in the order the reasons were first met.
    public private(set) var examples: [InputError] = []

    /// No skips.
    public init() {}

    /// How many rows were skipped in all.
    public var total: Int { counts.values.reduce(0, +) }

    /// Whether nothing was skipped.
    public var isEmpty: Bool { counts.isEmpty }

    /// Counts one skipped row.
    public mutating func record(_ error: InputError) {
        if counts[error.reason] == nil { examples.append(error) }
        counts[error.reason, default: 0] += 1
    }

    /// Adds another read's skips (examples of reasons not yet met are kept).
    public mutating func merge(_ other: RowSkips) {
        for example in other.examples where counts[example.reason] == nil { examples.append(example) }
        for (reason, count) in other.counts { counts[reason, default: 0] += count }
    }

    /// One line per reason, most frequent first (ties by name): `unparsable number: 3 (first: file:2: …)`.
    public var summaryLines: [String] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .map { reason, count in
                let first = examples.first { $0.reason == reason }.map { " (first: \($0))" } ?? ""
                return "\(reason.rawValue): \(count)\(first)"
            }
    }
}
