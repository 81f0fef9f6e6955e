package org.ocppbridge.schemas;

import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** Edits a copy of an org.json tree at a JSON pointer ("#/a/0/b"), for building broken examples. */
final class JsonTree {

    private JsonTree() {}

    static JSONObject copy(JSONObject o) {
        return new JSONObject(o.toString());
    }

    /** Sets the value; the parent must exist. */
    static void set(JSONObject root, String pointer, Object value) {
        List<String> s = segments(pointer);
        Object parent = walk(root, s.subList(0, s.size() - 1));
        String last = s.get(s.size() - 1);
        if (parent instanceof JSONArray array) {
            array.put(Integer.parseInt(last), value);
        } else {
            ((JSONObject) parent).put(last, value);
        }
    }

    static void remove(JSONObject root, String pointer) {
        List<String> s = segments(pointer);
        JSONObject parent = (JSONObject) walk(root, s.subList(0, s.size() - 1));
        if (parent.remove(s.get(s.size() - 1)) == null) {
            throw new IllegalStateException("nothing to remove at " + pointer);
        }
    }

    static Object get(JSONObject root, String pointer) {
        return walk(root, segments(pointer));
    }

    private static Object walk(Object at, List<String> segments) {
        for (String segment : segments) {
            at = at instanceof JSONArray array ? array.get(Integer.parseInt(segment)) : ((JSONObject) at).get(segment);
        }
        return at;
    }

    private static List<String> segments(String pointer) {
        if (pointer.equals("#")) {
            return List.of();
        }
        return List.of(pointer.substring(2).split("/"));
    }
}
