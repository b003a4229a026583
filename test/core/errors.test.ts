import { AimaqError, isAimaqError } from "../../src/core/errors";

describe("AimaqError", () => {
  it("carries a stable code and the details a message needs", () => {
    const error = new AimaqError("cell.notNumber", { row: 2, column: 3, text: "abc" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AimaqError");
    expect(error.code).toBe("cell.notNumber");
    expect(error.details).toEqual({ row: 2, column: 3, text: "abc" });
    expect(new AimaqError("table.empty").details).toEqual({});
  });

  it("isAimaqError tells typed errors apart, optionally by code", () => {
    const error = new AimaqError("table.empty");
    expect(isAimaqError(error)).toBe(true);
    expect(isAimaqError(error, "table.empty")).toBe(true);
    expect(isAimaqError(error, "table.ragged")).toBe(false);
    expect(isAimaqError(new Error("x"))).toBe(false);
    expect(isAimaqError(null)).toBe(false);
  });
});
