package dev.sagelint.parse.cfn;

import dev.sagelint.parse.doc.Doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts an evaluated CloudFormation value to {@link Doc}: known strings are string scalars (CloudFormation's values
 * are text that a property's type converts), a string with parts known only at deploy time and an unknowable value
 * are {@link Doc.Unknown} with the resources they mention, {@code AWS::NoValue} is null (the property is absent).
 */
final class CfnDoc {

    private CfnDoc() {
    }

    static Doc of(Val v) {
        if (v instanceof Val.Str s) {
            return s.known() ? new Doc.Scalar(s.text(), Doc.Kind.STRING, s.at(), s.refs())
                    : Doc.Unknown.partial(s.text(), s.refs(), s.at());
        }
        if (v instanceof Val.Lst l) {
            List<Doc> items = new ArrayList<>(l.items().size());
            l.items().forEach(i -> items.add(of(i)));
            return new Doc.Arr(items, l.at(), l.at().line());
        }
        if (v instanceof Val.Obj o) {
            Map<String, Doc> members = new LinkedHashMap<>();
            o.entries().forEach((k, x) -> members.put(k, of(x)));
            return new Doc.Obj(members, o.keys(), o.at(), o.endLine());
        }
        if (v instanceof Val.Unknown u) {
            return new Doc.Unknown(u.why(), u.refs(), u.at());
        }
        return new Doc.Scalar("", Doc.Kind.NULL, v.at());
    }
}
