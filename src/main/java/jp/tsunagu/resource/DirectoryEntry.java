package jp.tsunagu.resource;

import java.time.DayOfWeek;
import java.util.List;
import jp.tsunagu.registry.WorkKind;

/**
 * One line of the social-resource directory: a host of the registry ({@code source} HOST, its
 * {@code kind} a host kind) or a social resource ({@code source} RESOURCE, its {@code kind} a
 * resource kind). Lists are sorted, so that two searches show an entry the same way.
 *
 * @param workKinds      the kinds of work a host's tasks offer, or what a resource lets people help with
 * @param accommodations the accommodations (配慮) offered: a host's site and tasks, or the resource's
 * @param version        the social resource's version for an edit; 0 for a host (edited in the registry)
 */
public record DirectoryEntry(Source source, long id, String name, String kind, String kindLabel,
                             String municipalityCode, String municipalityName, String wideArea, String area,
                             String offers, List<WorkKind> workKinds, List<String> accommodations, String contact,
                             List<DayOfWeek> openingDays, String openingHours, String publicNote,
                             Boolean activelyAccepting, long version) {

    /** Where the entry comes from. */
    public enum Source {
        /** A host organisation of the registry (受入事業所). */
        HOST,
        /** A social resource of the directory (社会資源). */
        RESOURCE
    }
}
