package org.rtkconformance.steps;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.UnicodeString;

/** A handle and a view one caller obtained by a successful Create or Open, and whether each is still open. */
final class Opening {

    private final Participant owner;
    private final UnicodeString name;
    private final Handle handle;
    private final Address address;
    private boolean handleOpen;
    private boolean viewMapped;

    Opening(Participant owner, UnicodeString name, Handle handle, Address address) {
        this.owner = owner;
        this.name = name;
        this.handle = handle;
        this.address = address;
        this.handleOpen = handle != null;
        this.viewMapped = address != null;
    }

    Participant owner() {
        return owner;
    }

    UnicodeString name() {
        return name;
    }

    Handle handle() {
        return handle;
    }

    Address address() {
        return address;
    }

    boolean isHandleOpen() {
        return handleOpen;
    }

    boolean isViewMapped() {
        return viewMapped;
    }

    void handleClosed() {
        handleOpen = false;
    }

    void viewUnmapped() {
        viewMapped = false;
    }

    /** Whether this opening belongs to {@code participant} and names {@code objectName}. */
    boolean is(Participant participant, UnicodeString objectName) {
        return owner == participant && name != null && name.text().equals(objectName.text());
    }

    String describeView() {
        return owner.name() + "'s view of " + (name == null ? "(unnamed)" : name.describe()) + " at " + address;
    }
}
