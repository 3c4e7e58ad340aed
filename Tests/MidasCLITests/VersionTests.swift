import Testing

struct VersionTests {
    @Test func printsVersionsAndExitsZero() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("midas 0.1.0"))
        #expect(result.stdout.contains("context"))
    }

    @Test func unknownFlagIsUsageErrorWithExitTwo() throws {
        let result = try CLI.run(["--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-flag"))
    }
}
