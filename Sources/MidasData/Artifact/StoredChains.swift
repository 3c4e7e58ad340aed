import MidasCore

/// The chain side of an artifact as an incremental precompute sees it: per snapshot its time and
/// rows, per quote the `underlying` it carried and the spot it was priced from. The quotes
/// themselves stay on disk (``ArtifactReader/storedChains()``).
public struct StoredChains: Sendable {
    /// The artifact's meta (versions, settings and input fingerprints).
    public var meta: ArtifactMeta
    /// The feature columns of its bar tables.
    public var featureNames: [String]
    /// Snapshot times, in snapshot order.
    public var timestamps: [Timestamp] = []
    /// Per snapshot, its rows (`first_row ..< first_row + quote_count`).
    public var rows: [Range<Int>] = []
    /// Per quote, its raw `underlying` (NaN when the chain had none).
    public var underlying: [Double] = []
    /// Per quote, the spot it was priced from.
    public var spot: [Double] = []

    /// An empty set of chains under `meta`.
    public init(meta: ArtifactMeta, featureNames: [String]) {
        self.meta = meta
        self.featureNames = featureNames
    }
}
