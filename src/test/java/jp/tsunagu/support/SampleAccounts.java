package jp.tsunagu.support;

/** Demo accounts of the sample network (see README), as the integration tests use them. */
public final class SampleAccounts {

    public static final String COORDINATOR = "coordinator";
    /** The counter of 松本市 (202029). */
    public static final String MATSUMOTO_COUNTER = "counter-202029";
    public static final String MATSUMOTO = "202029";
    /** The counter of 長野市 (202011): foreign to Matsumoto's people. */
    public static final String NAGANO_CITY_COUNTER = "counter-202011";
    public static final String NAGANO_CITY = "202011";
    /** The employer account of the sample's first host. */
    public static final String EMPLOYER = "employer-H0001";

    private SampleAccounts() {
    }

    /** A complete, valid person as a counter submits it. */
    public static String candidateJson(String caseCode, String municipalityCode) {
        return candidateJson(caseCode, municipalityCode, 3, null);
    }

    public static String candidateJson(String caseCode, String municipalityCode, int priority, Long version) {
        return """
                {"caseCode":"%s","municipalityCode":"%s","travelMode":"PUBLIC_TRANSPORT","maxOneWayMinutes":45,
                 "programme":"WORK_EXPERIENCE","programmeStart":"2026-09-01","hoursPerDay":2,"daysPerWeek":2,
                 "availableDays":["MONDAY","WEDNESDAY","FRIDAY"],"availableFrom":"09:00","availableUntil":"15:00",
                 "accommodationNeeds":["quiet_place"],"interests":["GARDENING"],"excludedHostIds":[],
                 "priority":%d,"waitingSince":"2026-10-01","consentToMatching":true,"consentDate":"2026-10-01"%s}
                """.formatted(caseCode, municipalityCode, priority, version == null ? "" : ",\"version\":" + version);
    }
}
