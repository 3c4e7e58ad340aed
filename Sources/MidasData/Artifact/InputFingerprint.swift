/// The content fingerprint of one input partition of an artifact: a raw file or a chain day.
public struct InputFingerprint: Sendable, Hashable, Comparable {
    /// The partition's name, e.g. `bars_1d.csv` or `chain/2024-03-01`.
    public var partition: String
    /// The fingerprint of its content.
    public var fingerprint: Fingerprint

    /// Creates a partition fingerprint.
    public init(partition: String, fingerprint: Fingerprint) {
        self.partition = partition
        self.fingerprint = fingerprint
    }

    /// Ordered by partition name (then fingerprint), the order the artifact stores them in.
    public static func < (lhs: InputFingerprint, rhs: InputFingerprint) -> Bool {
        (lhs.partition, lhs.fingerprint) < (rhs.partition, rhs.fingerprint)
    }
}
