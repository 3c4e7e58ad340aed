import MidasCore

/// One reason an artifact does not match the code or the pipeline that would use it.
public enum StaleCause: Sendable, Equatable, CustomStringConvertible {
    /// Written under another schema version than this code reads.
    case schemaVersion(artifact: Int32, current: Int32)
    /// Built under another context version than this code computes.
    case contextVersion(artifact: Int32, current: Int32)
    /// Built for another symbol.
    case symbol(artifact: String, pipeline: String)
    /// Built for another bar period.
    case timeframe(artifact: Timeframe, pipeline: Timeframe)
    /// Built for another trading window.
    case range(artifact: ClosedRange<Day>, pipeline: ClosedRange<Day>)
    /// Built with another `warmup_days`.
    case warmupDays(artifact: Int, pipeline: Int)
    /// Built with other `regime` settings.
    case regimeSettings
    /// Built with other `context` settings.
    case contextSettings
    /// The settings fingerprint differs though no single setting above does (another fingerprint scheme).
    case settingsFingerprint(artifact: Fingerprint, pipeline: Fingerprint)

    /// A phrase naming both sides, e.g. `symbol is NIFTY, the pipeline's BANKNIFTY`.
    public var description: String {
        switch self {
        case .schemaVersion(let artifact, let current):
            return "schema version is \(artifact), this midas reads \(current)"
        case .contextVersion(let artifact, let current):
            return "context version is \(artifact), this midas computes \(current)"
        case .symbol(let artifact, let pipeline):
            return "symbol is \(artifact), the pipeline's \(pipeline)"
        case .timeframe(let artifact, let pipeline):
            return "timeframe is \(artifact), the pipeline's \(pipeline)"
        case .range(let artifact, let pipeline):
            return "range is \(Self.text(artifact)), the pipeline's \(Self.text(pipeline))"
        case .warmupDays(let artifact, let pipeline):
            return "warmup_days is \(artifact), the pipeline's \(pipeline)"
        case .regimeSettings:
            return "regime settings differ from the pipeline's"
        case .contextSettings:
            return "context settings differ from the pipeline's"
        case .settingsFingerprint(let artifact, let pipeline):
            return "settings fingerprint is \(artifact.hex.prefix(12)), the pipeline's \(pipeline.hex.prefix(12))"
        }
    }

    private static func text(_ range: ClosedRange<Day>) -> String {
        "\(range.lowerBound)..\(range.upperBound)"
    }
}
