package org.plenum.hubs;

/** An editor's change made from an older version of the hub than the stored one: nothing was written. */
public class HubVersionException extends RuntimeException {

    public HubVersionException(String hub, int version, int stored) {
        super("hub " + hub + " was changed since you opened it (version " + version + ", now " + stored
                + "): open it again");
    }
}
