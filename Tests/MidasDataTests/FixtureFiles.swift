import Foundation

/// The test bundle's fixture files (Tests/MidasDataTests/Fixtures).
enum FixtureFiles {
    /// The URL of a fixture by its path under Fixtures/.
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// The bytes of a fixture.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(path)))
    }
}
