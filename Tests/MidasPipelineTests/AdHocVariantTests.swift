import MidasCore
import MidasData
import Testing

struct AdHocVariantTests {
    @Test func readsEachParameterAsYAML() throws {
        let variant = try Variant.adHoc(
            strategy: "iron_condor",
            assignments: ["short_delta=0.16", "allowed_regimes=[range, trend_up]", "entry_dte={min: 5, max: 10}"])
        #expect(variant.id == "iron_condor")
        #expect(try variant.params.required("short_delta").double() == 0.16)
        #expect(
            try variant.params.required("allowed_regimes").elements().map { try $0.string() } == ["range", "trend_up"])
        #expect(try variant.params.required("entry_dte").required("max").int() == 10)
    }

    @Test(arguments: [["short_delta"], ["=0.1"], ["a=1", "a=2"]])
    func rejectsMalformedAssignments(assignments: [String]) {
        #expect(throws: InputError.self) { try Variant.adHoc(strategy: "iron_condor", assignments: assignments) }
    }
}
