import MidasCore

/// Settings fingerprints of a pipeline: SHA-256 over canonical texts of the decoded settings
/// (defaults filled in, map keys sorted, numbers in shortest form), never over the file's
/// bytes, so comments, layout and key order change nothing.
extension Pipeline {
    /// The regime settings alone: a change invalidates bar regimes, not the chain.
    public var regimeFingerprint: Fingerprint {
        fingerprint("regime", regime.configValue)
    }

    /// The context settings alone: a change (rate, mark rule, …) invalidates the chain's marks, IV and greeks.
    public var contextFingerprint: Fingerprint {
        fingerprint("context", context.configValue)
    }

    /// Everything the artifact depends on: symbol, timeframe, range, warmup_days, regime and context.
    public var artifactSettingsFingerprint: Fingerprint {
        fingerprint("artifact", artifactSettings)
    }

    /// Everything a run depends on: the artifact settings plus execution and the expanded variants.
    public var runFingerprint: Fingerprint {
        fingerprint(
            "run",
            .map([
                ConfigEntry(key: "artifact", value: artifactSettings),
                ConfigEntry(key: "execution", value: execution.value),
                ConfigEntry(key: "variants", value: .list(variants.map(\.configValue))),
            ]))
    }

    private var artifactSettings: ConfigValue {
        .map([
            ConfigEntry(key: "symbol", value: .scalar(symbol)),
            ConfigEntry(key: "timeframe", value: .scalar(timeframe.rawValue)),
            ConfigEntry(
                key: "range",
                value: .map([
                    ConfigEntry(key: "from", value: .scalar(range.lowerBound.description)),
                    ConfigEntry(key: "to", value: .scalar(range.upperBound.description)),
                ])),
            ConfigEntry(key: "warmup_days", value: .scalar("\(warmupDays)")),
            ConfigEntry(key: "regime", value: regime.configValue),
            ConfigEntry(key: "context", value: context.configValue),
        ])
    }

    private func fingerprint(_ domain: String, _ value: ConfigValue) -> Fingerprint {
        Fingerprint(ofText: "midas.pipeline.\(domain).v1\n" + CanonicalText.of(value))
    }
}
