/// Version numbers that outputs and artifacts record.
public enum Versions {
    /// The tool's release version.
    public static let midas = "0.1.0"
    /// The artifact's SQLite schema version (`PRAGMA user_version`).
    public static let artifactSchema: Int32 = 1
    /// The prepared store's SQLite schema version.
    public static let preparedSchema: Int32 = 1
    /// Bumped whenever the meaning of a bar context changes (features, regime rules,
    /// chain-in-force rule, marks, IV or greeks): artifacts built under another value are stale.
    public static let context: Int32 = 1
}
