package org.iccsp.pledge.pledge.domain;

import java.util.Map;
import java.util.Set;
import org.iccsp.platform.web.ProblemException;

/**
 * The IATI 2.03 codes a pledge is classified with (issue 20). Each set holds only codes that are active in the
 * IATI codelist of the same name ({@code IatiCodesTest} reads the codelist files to prove it); the API refuses
 * any other code with a 400 naming the field.
 */
public final class IatiCodes {
    private IatiCodes() {
    }

    /** FinanceType 110: a grant, in cash or in kind (an in-kind contribution is a grant with an in-kind aid type). */
    public static final String GRANT = "110";
    /** FinanceType 421. */
    public static final String LOAN = "421";
    /** AidType C01. */
    public static final String PROJECT = "C01";
    /** FlowType 10. */
    public static final String ODA = "10";

    /** FinanceType: grants, loans and the instruments a pledge can sensibly take. */
    public static final Map<String, String> FINANCE_TYPES = Map.of(
            GRANT, "Standard grant",
            "422", "Reimbursable grant",
            LOAN, "Standard loan",
            "431", "Subordinated loan",
            "1100", "Guarantees/insurance",
            "510", "Common equity");

    /** AidType: every active code of the 2.03 codelist. D01, D02 and E01 are the in-kind ones. */
    public static final Set<String> AID_TYPES = Set.of("A01", "A02", "B01", "B02", "B021", "B022", "B03", "B031",
            "B032", "B033", "B04", PROJECT, "D01", "D02", "E01", "E02", "F01", "G01", "H01", "H02", "H03", "H04", "H05",
            "H06");

    /** FlowType: ODA, non-export-credit OOF (21; 20 is withdrawn), private development finance, other flows. */
    public static final Set<String> FLOW_TYPES = Set.of(ODA, "21", "30", "50");

    /** The draft's classification with its defaults: a standard grant to a project, ODA. */
    public static PledgeCommands.Classification defaults() {
        return new PledgeCommands.Classification(GRANT, PROJECT, ODA);
    }

    /** 400 naming the field when a given code is not one of ours; returns {@code given} with nulls from {@code current}. */
    public static PledgeCommands.Classification check(PledgeCommands.Classification given,
            PledgeCommands.Classification current) {
        if (given == null) {
            return current;
        }
        String finance = given.financeType() == null ? current.financeType() : given.financeType();
        String aid = given.aidType() == null ? current.aidType() : given.aidType();
        String flow = given.flowType() == null ? current.flowType() : given.flowType();
        if (!FINANCE_TYPES.containsKey(finance)) {
            throw ProblemException.invalid("financeType", "unknown IATI finance type " + finance
                    + ": one of " + String.join(", ", new java.util.TreeSet<>(FINANCE_TYPES.keySet())));
        }
        if (!AID_TYPES.contains(aid)) {
            throw ProblemException.invalid("aidType", "unknown IATI aid type " + aid);
        }
        if (!FLOW_TYPES.contains(flow)) {
            throw ProblemException.invalid("flowType", "unknown IATI flow type " + flow);
        }
        return new PledgeCommands.Classification(finance, aid, flow);
    }

    /** Whether the finance type is a loan (repayable): FinanceType 4xx except the reimbursable grant 422. */
    public static boolean isLoan(String financeType) {
        return financeType.startsWith("4") && !"422".equals(financeType);
    }
}
