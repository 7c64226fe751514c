package dev.portico.psa;

/**
 * The PSA's shared call budget is nearly spent, so the adapter keeps what is left for essential work (tickets,
 * notes) and refuses calls that only feed charts and statistics. Nothing was sent. The page can say that the
 * figures are paused for a while; tickets still work.
 */
public class PsaBudgetExhaustedException extends PsaUnavailableException {

    private final int usedPercent;

    public PsaBudgetExhaustedException(int usedPercent) {
        super("PSA call budget at " + usedPercent + " %; charts and statistics are paused", null);
        this.usedPercent = usedPercent;
    }

    /** How much of the PSA's budget was used at the last reading, 0..100. */
    public int usedPercent() {
        return usedPercent;
    }
}
