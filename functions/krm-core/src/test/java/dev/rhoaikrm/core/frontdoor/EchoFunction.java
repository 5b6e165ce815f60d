package dev.rhoaikrm.core.frontdoor;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.Schema;

/** A tiny function for core tests: kind Echo; one ConfigMap per intent, or an error when spec.fail is set, a warning with spec.warn. */
final class EchoFunction implements KrmFunction {
    static final IntentSchema SCHEMA = new IntentSchema("rhoai-krm.dev/v1alpha1", "Echo", "test", Schema.object()
            .field("message", Schema.string().byDefault("hello"))
            .field("fail", Schema.bool().byDefault(false))
            .field("warn", Schema.string())
            .field("pools", Schema.array(Schema.object()
                    .required("name", Schema.string().dnsLabel())
                    .field("replicas", Schema.object().field("min", Schema.integer().min(0)).field("max", Schema.integer().min(0))))));

    @Override
    public String name() {
        return "echo-generator";
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        BoundObject spec = intent.spec();
        if (spec.has("warn")) {
            out.warning(spec.pathOf("warn"), spec.string("warn"));
        }
        if (spec.bool("fail")) {
            out.error(spec.pathOf("fail"), "asked to fail");
            return;
        }
        out.emit(map("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", map("name", intent.name() + "-echo", "namespace", "demo"),
                "data", map("message", spec.string("message"), "yes", "yes", "script", "line one\nline two\n")));
    }
}
