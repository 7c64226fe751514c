package dev.portico.sandbox.seed;

import java.util.List;
import java.util.Random;

/** Word pools for the seeded tickets and notes. Choices are made through the seed's Random, so they repeat. */
final class Texts {

    /** {0} is replaced by a place, person, server or application drawn from the pools below. */
    static final List<String> INCIDENTS = List.of(
            "Printer on the {0} is offline",
            "Outlook keeps asking for my password",
            "Cannot connect to the VPN from home",
            "Laptop will not boot past the logo",
            "Shared drive S: is not mapped",
            "Wi-Fi keeps dropping in the {0}",
            "Blue screen after last night's Windows update",
            "Teams calls are choppy",
            "Scanner does not send to e-mail",
            "Desk phone has no dial tone",
            "Disk space warning on {2}",
            "Label printer prints blank labels",
            "Website shows an error 500",
            "Account locked out",
            "Second monitor flickers",
            "E-mails to a supplier are bouncing",
            "Network is slow in the {0}",
            "Backup job failed on {2}",
            "{3} crashes when saving",
            "Cannot open attachments in Outlook",
            "Mobile phone not syncing e-mail",
            "Keyboard and mouse not responding",
            "Calendar invites not arriving");

    static final List<String> QUERIES = List.of(
            "How do I set up an out-of-office reply?",
            "Please give {1} access to the Finance share",
            "Question about our licence renewal",
            "How do I add the {0} printer on a Mac?",
            "Can we get a second monitor for {1}?",
            "What is the password policy?",
            "Access to the {4} SharePoint site",
            "How do I share a calendar with my team?",
            "Which version of {3} are we licensed for?",
            "Can guests use the office Wi-Fi?");

    static final List<String> CHANGES = List.of(
            "New starter: {1}",
            "Leaver: disable the account of {1}",
            "Install {3} on the {4} PCs",
            "Firewall rule for supplier remote support",
            "Upgrade {2} to Windows Server 2022",
            "Add a mailbox alias for {4}",
            "Move {1} to the {0}",
            "Replace the switch in the {0}",
            "Create a distribution list for {4}",
            "Enable MFA for the {4} team");

    static final List<String> PLACES = List.of("ground floor", "first floor", "second floor", "meeting room",
            "reception", "loading bay", "dispatch office", "boardroom", "kitchen", "training room");
    static final List<String> SERVERS = List.of("CON-SRV-01", "CON-SRV-02", "CON-FS-01", "CON-DC-01", "CON-SQL-01");
    static final List<String> APPLICATIONS = List.of("Excel", "Sage 50", "Adobe Acrobat", "AutoCAD LT", "Chrome",
            "Zoom", "QuickBooks", "Visio");
    static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "Warehouse", "HR", "Marketing",
            "Operations", "Purchasing");
    static final List<String> PEOPLE = List.of("Jordan Blake", "Priya Nair", "Alex Moreau", "Kim Larsen",
            "Sofia Costa", "Daniel Okafor", "Hannah Weber", "Luis Romero");

    static final List<String> DESCRIPTIONS = List.of(
            "This started this morning and affects my whole day. Could someone take a look please?",
            "It happened again after I restarted. I have not changed anything recently.",
            "Several colleagues see the same problem, so it may not be just my machine.",
            "Not urgent, but it would be good to have this sorted by the end of the week.",
            "I tried the steps from the knowledge base but they did not help.",
            "Please call me on my desk phone if you need more details.");

    static final List<String> TECH_REPLIES = List.of(
            "Thanks for reporting this. I am looking into it now and will update you shortly.",
            "I have connected remotely and applied a fix. Can you check whether it works for you now?",
            "We have ordered a replacement part; it should arrive in two working days.",
            "I have scheduled a visit to site to look at this in person.",
            "The vendor has confirmed a known issue; a patch is being rolled out tonight.",
            "Could you send us a screenshot of the error message, please?");

    static final List<String> CUSTOMER_REPLIES = List.of(
            "Thank you, that works now.",
            "Still the same here, unfortunately.",
            "Screenshot attached. It appears every time I log in.",
            "I will be out of the office tomorrow, Friday works better for me.",
            "Thanks for the quick response!");

    static final List<String> RESOLUTIONS = List.of(
            "Resolved: reinstalled the driver and confirmed with the user.",
            "Resolved: reset the password and unlocked the account.",
            "Resolved: replaced the faulty cable.",
            "Resolved: applied the vendor patch and rebooted the server out of hours.",
            "Resolved: configured as requested and tested with the user.",
            "Resolved: no further reply from the customer; closing as agreed.");

    static final List<String> INTERNAL = List.of(
            "Internal: escalated to the vendor, case reference VX-{n}. Do not share with the customer.",
            "Internal: this user has raised the same issue several times; consider a hardware swap.",
            "Internal: billed against the block hours agreement.",
            "Internal: the root cause was our own misconfigured GPO; fixed quietly.",
            "Internal: customer is on the renewal list, be extra careful with tone.");

    static final String APPROVAL_REQUEST =
            "We need your approval before going ahead: the estimate is {n} hours. Please approve or reject.";
    static final String WAITING_REQUEST =
            "Could you please confirm a good time for us to connect to your computer?";

    private Texts() {
    }

    static <T> T pick(Random rnd, List<T> pool) {
        return pool.get(rnd.nextInt(pool.size()));
    }

    static String fill(Random rnd, String template, String person) {
        return template
                .replace("{0}", pick(rnd, PLACES))
                .replace("{1}", person)
                .replace("{2}", pick(rnd, SERVERS))
                .replace("{3}", pick(rnd, APPLICATIONS))
                .replace("{4}", pick(rnd, DEPARTMENTS))
                .replace("{n}", String.valueOf(1000 + rnd.nextInt(9000)));
    }
}
