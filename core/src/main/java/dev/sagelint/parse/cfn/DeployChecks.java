package dev.sagelint.parse.cfn;

import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.Fact;
import dev.sagelint.parse.doc.Doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What CloudFormation or the service behind a resource refuses at deploy time in a template that reads fine
 * (rule SL006): a parameter value outside {@code AllowedValues}, and the ARN that {@code Ref} returns where
 * SageMaker takes a name.
 */
final class DeployChecks {

    private DeployChecks() {
    }

    /**
     * A parameter whose value (given, or its Default when none is given) is not one of its AllowedValues.
     * CloudFormation checks both before it creates anything. List-typed parameters are checked item by item.
     */
    static void allowedValues(CfnNode.Obj parameters, Map<String, String> given, List<Fact> out) {
        if (parameters == null) {
            return;
        }
        for (CfnNode.Entry e : parameters.entries().values()) {
            if (!(e.value() instanceof CfnNode.Obj decl) || !(decl.get("AllowedValues") instanceof CfnNode.Seq allowed)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (CfnNode item : allowed.items()) {
                if (!(item instanceof CfnNode.Scalar s) || s.nul()) {
                    values = null;
                    break;
                }
                values.add(s.text());
            }
            String value = given.get(e.key());
            boolean fromDefault = value == null;
            CfnNode written = decl.get("Default");
            if (fromDefault && written instanceof CfnNode.Scalar d && !d.nul()) {
                value = d.text();
            }
            if (values == null || value == null) {
                continue;
            }
            String type = decl.get("Type") instanceof CfnNode.Scalar t ? t.text() : "String";
            boolean list = type.startsWith("List<") || type.equals("CommaDelimitedList");
            for (String part : list ? List.of(value.split(",", -1)) : List.of(value)) {
                String item = list ? part.trim() : part;
                if (!values.contains(item)) {
                    out.add(DeployRejection.at(fromDefault ? written.location() : e.keyLocation(), "parameter "
                            + e.key() + " is '" + item + "' (" + (fromDefault ? "its Default" : "from the parameter"
                            + " values given to sagelint") + "), which is not one of its AllowedValues " + values
                            + ": CloudFormation rejects the stack before it creates anything; use one of them or"
                            + " add the value to AllowedValues"));
                    break;
                }
            }
        }
    }

    /**
     * Parameter values given for keys the template does not declare: CloudFormation rejects create-stack and
     * update-stack with "Parameters: [K] do not exist in the template". One set of values applies to every template
     * of a run, so a template is judged only when it declares at least one of the given keys (the values are meant
     * for it); a template that declares none of them belongs to another stack. Reported at its Parameters key.
     */
    static void undeclaredParameters(CfnNode.Obj root, Map<String, String> given, List<Fact> out) {
        CfnNode.Entry section = root.entries().get("Parameters");
        if (given.isEmpty() || section == null || !(section.value() instanceof CfnNode.Obj declared)
                || given.keySet().stream().noneMatch(declared.entries()::containsKey)) {
            return;
        }
        List<String> names = List.copyOf(declared.entries().keySet());
        for (String key : given.keySet()) {
            if (!declared.entries().containsKey(key)) {
                out.add(DeployRejection.at(section.keyLocation(), "the parameter values given to sagelint set " + key
                        + ", which this template does not declare (it declares " + String.join(", ", names)
                        + "): CloudFormation rejects create-stack and update-stack with 'Parameters: [" + key
                        + "] do not exist in the template'; remove the key (or correct its spelling) or declare it"));
            }
        }
    }

    /**
     * The ARN that {@code Ref} of a SageMaker resource returns (or an ARN written out) in a field SageMaker reads
     * as a name; null when the value is a name.
     *
     * @param field  the property as written ({@code EndpointConfigName})
     * @param api    the call that rejects it ({@code CreateEndpoint})
     * @param types  the template's resource types by logical id
     */
    static DeployRejection arnAsName(Doc value, String field, String api, Map<String, String> types) {
        String text = Doc.text(value);
        if (text == null || !text.startsWith("arn:")) {
            return null;
        }
        String target = Doc.refs(value).stream()
                .filter(id -> Evaluator.ARN_KIND.containsKey(types.get(id)) && text.startsWith(Evaluator.ARN_PREFIX))
                .findFirst().orElse(null);
        if (target == null) {
            return DeployRejection.at(value.at(), field + " is the ARN '" + text + "': " + api
                    + " accepts only a name (letters, digits and hyphens, up to 63), so the deployment fails;"
                    + " write the name, the part after the last '/'");
        }
        String property = Evaluator.NAME_PROPERTY.get(types.get(target));
        return DeployRejection.at(value.at(), field + " uses Ref " + target + ", which returns the "
                + types.get(target) + "'s ARN (" + text + "), not its name: " + api + " accepts only a name"
                + " (letters, digits and hyphens), so the deployment fails; write !GetAtt " + target + "."
                + property);
    }
}
