package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in profiles (profiles/index.yaml and one file each): release-neutral partial
 * spec.components, possibly including other profiles first. They reproduce the reference's
 * overlays; see profiles/base.yaml for how a profile meets a release.
 */
final class Profiles {
    /** A profile: its own components (plain nested maps) and the profiles it builds on. */
    record Profile(String name, String description, List<String> includes, Map<String, Object> components) {
    }

    private static final class Holder {
        static final Profiles SHIPPED = load();

        static {
            dev.rhoaikrm.core.trace.Trace.mark("profiles loaded");
        }
    }

    private final Map<String, Profile> byName;

    private Profiles(Map<String, Profile> byName) {
        this.byName = byName;
    }

    static Profiles shipped() {
        return Holder.SHIPPED;
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    Profile get(String name) {
        Profile p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown profile " + name);
        }
        return p;
    }

    /** The layers of a profile, included profiles first (each once), the profile itself last. */
    List<Profile> layers(String name) {
        List<Profile> out = new ArrayList<>();
        addLayers(name, out, new ArrayList<>());
        return out;
    }

    private void addLayers(String name, List<Profile> out, List<String> visiting) {
        if (visiting.contains(name)) {
            throw new IllegalStateException("profiles include each other: " + String.join(" → ", visiting) + " → " + name);
        }
        Profile p = get(name);
        visiting.add(name);
        for (String included : p.includes()) {
            addLayers(included, out, visiting);
        }
        visiting.remove(name);
        for (Profile added : out) {
            if (added == p) { // not out.contains(p): a record's equals is bootstrapped at run time (~15 ms cold)
                return;
            }
        }
        out.add(p);
    }

    static Profiles load() {
        Map<String, Object> index = DataFiles.load("profiles/index.yaml");
        Map<String, Profile> byName = new LinkedHashMap<>();
        for (String name : DataFiles.strings("profiles/index.yaml", index, "profiles")) {
            String where = "profiles/" + name + ".yaml";
            Map<String, Object> file = DataFiles.load(where);
            byName.put(name, new Profile(name, DataFiles.string(where, file, "description"),
                    DataFiles.strings(where, file, "includes"), DataFiles.mapping(where, file, "components")));
        }
        Profiles profiles = new Profiles(byName);
        for (String name : byName.keySet()) {
            profiles.layers(name); // unknown includes and cycles fail here, not in a user's render
        }
        return profiles;
    }
}
