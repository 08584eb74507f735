package jp.tsunagu.notification;

/** Who a notification is addressed to, always within one prefecture. */
public enum Audience {
    /** The prefecture's coordinators. */
    COORDINATOR,
    /** Every account of one support counter. */
    COUNTER,
    /** Every employer account of one host organisation. */
    HOST
}
