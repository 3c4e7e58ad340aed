import MidasCore

/// Whether an artifact fits this code and a pipeline, and if not, why and which parts need recomputing.
///
/// The artifact depends on the schema and context versions and on the pipeline's `symbol`,
/// `timeframe`, `range`, `warmup_days`, `regime` and `context` (its settings fingerprint);
/// `execution` and `variants` never make it stale.
public struct ArtifactCompatibility: Sendable, Equatable {
    /// Everything that differs; empty when the artifact is current.
    public var causes: [StaleCause]
    /// Input partitions whose fingerprint changed, that are new, or that are gone (sorted);
    /// empty when no current input fingerprints were given.
    public var changedInputs: [String]

    /// Compares an artifact's meta with this code's versions and with `pipeline`; with
    /// `inputs`, also with the current input fingerprints (for incremental recompute).
    public init(meta: ArtifactMeta, pipeline: Pipeline, inputs: [InputFingerprint]? = nil) {
        var causes: [StaleCause] = []
        if meta.schemaVersion != Versions.artifactSchema {
            causes.append(.schemaVersion(artifact: meta.schemaVersion, current: Versions.artifactSchema))
        }
        if meta.contextVersion != Versions.context {
            causes.append(.contextVersion(artifact: meta.contextVersion, current: Versions.context))
        }
        if meta.symbol != pipeline.symbol { causes.append(.symbol(artifact: meta.symbol, pipeline: pipeline.symbol)) }
        if meta.timeframe != pipeline.timeframe {
            causes.append(.timeframe(artifact: meta.timeframe, pipeline: pipeline.timeframe))
        }
        if meta.tradingRange != pipeline.range {
            causes.append(.range(artifact: meta.tradingRange, pipeline: pipeline.range))
        }
        if meta.warmupDays != pipeline.warmupDays {
            causes.append(.warmupDays(artifact: meta.warmupDays, pipeline: pipeline.warmupDays))
        }
        if meta.regimeFingerprint != pipeline.regimeFingerprint { causes.append(.regimeSettings) }
        if meta.contextFingerprint != pipeline.contextFingerprint { causes.append(.contextSettings) }
        if causes.isEmpty, meta.settingsFingerprint != pipeline.artifactSettingsFingerprint {
            causes.append(
                .settingsFingerprint(artifact: meta.settingsFingerprint, pipeline: pipeline.artifactSettingsFingerprint)
            )
        }
        self.causes = causes
        changedInputs = inputs.map { Self.changes(from: meta.inputs, to: $0) } ?? []
    }

    /// Whether the artifact may be used for the pipeline as it is (inputs aside).
    public var isCurrent: Bool { causes.isEmpty }

    /// Throws unless the artifact is current.
    ///
    /// - Throws: ``StaleArtifactError`` (exit 3) naming every cause and the rebuild command.
    public func requireCurrent(artifact: String, prepared: String? = nil, pipeline: String? = nil) throws {
        guard isCurrent else {
            throw StaleArtifactError(
                artifact: artifact, causes: causes,
                rebuildCommand: StaleArtifactError.rebuildCommand(
                    artifact: artifact, prepared: prepared, pipeline: pipeline))
        }
    }

    /// Everything must be recomputed: the versions, symbol, timeframe, or the fingerprint scheme differ.
    public var rebuildsEverything: Bool {
        causes.contains {
            switch $0 {
            case .schemaVersion, .contextVersion, .symbol, .timeframe, .settingsFingerprint: return true
            case .range, .warmupDays, .regimeSettings, .contextSettings: return false
            }
        }
    }

    /// The bar-level stage (features, regimes, window) must be recomputed: range, warmup or regime differ.
    public var barsAreStale: Bool {
        rebuildsEverything || causes.contains { $0 == .regimeSettings || $0.isRangeOrWarmup }
    }

    /// Every chain snapshot must be re-derived (marks, IV, greeks): the context settings differ.
    public var chainsAreStale: Bool {
        rebuildsEverything || causes.contains(.contextSettings)
    }

    private static func changes(from stored: [InputFingerprint], to current: [InputFingerprint]) -> [String] {
        var before: [String: Fingerprint] = [:]
        for input in stored { before[input.partition] = input.fingerprint }
        var after: [String: Fingerprint] = [:]
        for input in current { after[input.partition] = input.fingerprint }
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }
}

extension StaleCause {
    fileprivate var isRangeOrWarmup: Bool {
        switch self {
        case .range, .warmupDays: return true
        default: return false
        }
    }
}
