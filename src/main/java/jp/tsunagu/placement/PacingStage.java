package jp.tsunagu.placement;

/** A pacing stage (ステップ): hours per day and days per week the person manages now. */
public record PacingStage(int hoursPerDay, int daysPerWeek) {

    public int weeklyHours() {
        return hoursPerDay * daysPerWeek;
    }

    /** {@code "4x3"}: 4 hours a day, 3 days a week. */
    static PacingStage parse(String text) {
        String[] parts = text.trim().split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a pacing stage is hours x days, e.g. 4x3: " + text);
        }
        return new PacingStage(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    String labelJa() {
        return "1日" + hoursPerDay + "時間・週" + daysPerWeek + "日";
    }
}
