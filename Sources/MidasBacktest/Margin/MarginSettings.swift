import MidasCore

/// The default margin model's settings (`execution.margin`), or `none` for no margin requirement.
///
/// ```yaml
/// execution:
///   margin: {scan_range: 0.10, scan_steps: 3, exposure: 0.02}   # the defaults
/// ```
///
/// The scan range stands in for the exchange's SPAN price scan range of the index (about 10% for
/// NIFTY options is an assumption of this model, not a published figure; exchanges revise it
/// daily); the exposure margin for NSE's extra margin on short options (2% of notional).
public struct MarginSettings: Sendable, Equatable {
    /// The largest underlying move scanned, as a fraction of spot.
    public var scanRange: Double
    /// Moves scanned on each side: the grid is spot × (1 + k / steps × range), k = −steps…steps.
    public var scanSteps: Int
    /// The exposure margin on naked short units, as a fraction of their notional (spot × units).
    public var exposure: Double

    /// Creates settings; the defaults are a 10% scan in thirds and a 2% exposure margin.
    public init(scanRange: Double = 0.10, scanSteps: Int = 3, exposure: Double = 0.02) {
        self.scanRange = scanRange
        self.scanSteps = scanSteps
        self.exposure = exposure
    }

    /// Decodes `none` (`nil`: no margin requirement) or `{scan_range, scan_steps, exposure}`;
    /// absent keys keep their defaults.
    public static func decode(_ node: ConfigNode) throws -> MarginSettings? {
        if case .scalar = node.value {
            _ = try node.choice(["none"])
            return nil
        }
        try node.requireKeys(in: ["scan_range", "scan_steps", "exposure"])
        var settings = MarginSettings()
        if let value = try node.optional("scan_range") { settings.scanRange = try value.double(in: 0.001...1) }
        if let value = try node.optional("scan_steps") { settings.scanSteps = try value.count(from: 1) }
        if let value = try node.optional("exposure") { settings.exposure = try value.double(in: 0...1) }
        return settings
    }
}
