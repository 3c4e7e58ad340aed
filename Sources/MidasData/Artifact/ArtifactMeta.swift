import MidasCore

/// What an artifact was built from and under which versions: its `meta` and `inputs` tables.
///
/// The staleness check (``ArtifactCompatibility``) compares these with a pipeline and with the
/// current input fingerprints; `gitCommit` and `midasVersion` are provenance only.
public struct ArtifactMeta: Sendable, Equatable {
    /// The artifact schema version (`PRAGMA user_version`).
    public var schemaVersion: Int32
    /// The context version the artifact was built under (`Versions.context`).
    public var contextVersion: Int32
    /// The midas release that built it.
    public var midasVersion: String
    /// The git commit of the code that built it (provenance only).
    public var gitCommit: String
    /// The index symbol.
    public var symbol: String
    /// The bar period.
    public var timeframe: Timeframe
    /// The pipeline's trading window (`range`).
    public var tradingRange: ClosedRange<Day>
    /// The pipeline's declared minimum warmup (`warmup_days`).
    public var warmupDays: Int
    /// `Pipeline.artifactSettingsFingerprint`: symbol, timeframe, range, warmup_days, regime, context.
    public var settingsFingerprint: Fingerprint
    /// `Pipeline.regimeFingerprint`.
    public var regimeFingerprint: Fingerprint
    /// `Pipeline.contextFingerprint`.
    public var contextFingerprint: Fingerprint
    /// One fingerprint per input partition, sorted by partition.
    public var inputs: [InputFingerprint]

    /// Creates meta from its parts; `inputs` are sorted by partition.
    public init(
        schemaVersion: Int32, contextVersion: Int32, midasVersion: String, gitCommit: String,
        symbol: String, timeframe: Timeframe, tradingRange: ClosedRange<Day>, warmupDays: Int,
        settingsFingerprint: Fingerprint, regimeFingerprint: Fingerprint, contextFingerprint: Fingerprint,
        inputs: [InputFingerprint]
    ) {
        self.schemaVersion = schemaVersion
        self.contextVersion = contextVersion
        self.midasVersion = midasVersion
        self.gitCommit = gitCommit
        self.symbol = symbol
        self.timeframe = timeframe
        self.tradingRange = tradingRange
        self.warmupDays = warmupDays
        self.settingsFingerprint = settingsFingerprint
        self.regimeFingerprint = regimeFingerprint
        self.contextFingerprint = contextFingerprint
        self.inputs = inputs.sorted()
    }

    /// The meta of an artifact built now, by this code, for `pipeline` from inputs with these fingerprints.
    public init(pipeline: Pipeline, gitCommit: String, inputs: [(partition: String, fingerprint: Fingerprint)]) {
        self.init(
            schemaVersion: Versions.artifactSchema, contextVersion: Versions.context, midasVersion: Versions.midas,
            gitCommit: gitCommit, symbol: pipeline.symbol, timeframe: pipeline.timeframe,
            tradingRange: pipeline.range, warmupDays: pipeline.warmupDays,
            settingsFingerprint: pipeline.artifactSettingsFingerprint, regimeFingerprint: pipeline.regimeFingerprint,
            contextFingerprint: pipeline.contextFingerprint,
            inputs: inputs.map { InputFingerprint(partition: $0.partition, fingerprint: $0.fingerprint) })
    }
}
