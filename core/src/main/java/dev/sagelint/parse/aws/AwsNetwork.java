package dev.sagelint.parse.aws;

import dev.sagelint.model.FactField;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.List;

/**
 * The EC2 shapes a model's network is read from, as CloudFormation, the AWS API and Terraform write them: a VPC
 * endpoint (CreateVpcEndpoint), a subnet (CreateSubnet) and an ingress rule (an IpPermission of
 * AuthorizeSecurityGroupIngress). What a format adds, it adds around them: which route tables a subnet is associated
 * with and which rules name a group are found by each format's own links.
 */
public final class AwsNetwork {

    private AwsNetwork() {
    }

    /**
     * A VPC endpoint. describe-vpc-endpoints lists its groups as {@code Groups: [{GroupId}]} where the request has
     * SecurityGroupIds; both are read.
     */
    public static VpcEndpoint vpcEndpoint(String key, DocReader p) {
        String vpc = id(p, VpcEndpoint.Field.VPC);
        String serviceName = p.placeholder(VpcEndpoint.Field.SERVICE);
        List<String> groups = new ArrayList<>(ids(p, VpcEndpoint.Field.SECURITY_GROUPS));
        for (DocReader g : p.objects(p.keyOf("Groups"))) {
            String group = g.text(g.keyOf("GroupId"));
            if (group != null) {
                groups.add(group);
            }
        }
        return new VpcEndpoint(key, vpc, serviceName, VpcEndpoint.serviceOf(serviceName),
                p.text(VpcEndpoint.Field.TYPE), p.bool(VpcEndpoint.Field.PRIVATE_DNS),
                ids(p, VpcEndpoint.Field.ROUTE_TABLES), ids(p, VpcEndpoint.Field.SUBNETS), groups, p.source());
    }

    /** A subnet: its VPC and zone (AvailabilityZone, else AvailabilityZoneId); the route tables the format found. */
    public static Subnet subnet(String key, String id, DocReader p, List<String> routeTables) {
        String vpc = id(p, Subnet.Field.VPC);
        String az = p.text(Subnet.Field.AVAILABILITY_ZONE);
        String zoneId = p.keyOf("AvailabilityZoneId");
        if (az == null && p.has(zoneId)) {
            az = p.text(zoneId, Subnet.Field.AVAILABILITY_ZONE);
        }
        return new Subnet(key, id, vpc, az, routeTables, p.source());
    }

    /**
     * An ingress rule, one entry per source it admits: each CIDR (CidrIp, CidrIpv6; Terraform writes lists) and each
     * source group (SourceSecurityGroupId). A source that cannot be read, or a rule without one, admits, so the
     * rules on what a group admits stay silent. A resource that spells the members its own way is read through
     * {@link DocReader#spelling}.
     */
    public static List<SecurityGroup.Ingress> ingress(DocReader r) {
        String protocol = r.obj().get(r.keyOf("IpProtocol")) instanceof Doc.Scalar s && !s.isNull() ? s.text() : null;
        Integer from = port(r, r.keyOf("FromPort"));
        Integer to = port(r, r.keyOf("ToPort"));
        List<SecurityGroup.Ingress> out = new ArrayList<>();
        for (String key : List.of(r.keyOf("CidrIp"), r.keyOf("CidrIpv6"))) {
            for (Doc cidr : sources(r, key)) {
                String text = Doc.text(cidr);
                out.add(new SecurityGroup.Ingress(protocol, from, to, text == null ? UNREAD : text, null,
                        r.location()));
            }
        }
        for (Doc group : sources(r, r.keyOf("SourceSecurityGroupId"))) {
            String id = id(group);
            out.add(new SecurityGroup.Ingress(protocol, from, to, id == null ? UNREAD : null, id, r.location()));
        }
        if (out.isEmpty()) {
            out.add(new SecurityGroup.Ingress(protocol, from, to, null, null, r.location()));
        }
        return out;
    }

    /** The source of an ingress entry that cannot be read: counted as a CIDR, which admits. */
    private static final String UNREAD = "unknown";

    private static Integer port(DocReader r, String key) {
        return r.obj().get(key) instanceof Doc.Scalar s && !s.isNull() ? r.integer(key) : null;
    }

    /** The values of a member written as one value or as a list; one null for a value unknown as a whole. */
    private static List<Doc> sources(DocReader r, String key) {
        Doc n = r.obj().get(key);
        if (n == null || n instanceof Doc.Scalar s && s.isNull()) {
            return List.of();
        }
        if (n instanceof Doc.Arr) {
            return r.textItems(key);
        }
        List<Doc> one = new ArrayList<>();
        one.add(r.textNode(key));
        return one;
    }

    /**
     * The id a member names: a string, or the one resource a reference names (a CloudFormation {@code Ref} or
     * {@code GetAtt}, a Terraform {@code aws_subnet.a.id}); null, and the field unknown, when it names none.
     */
    public static String id(DocReader p, FactField field) {
        Doc node = p.placeholderNode(field);
        String id = node == null ? null : id(node);
        if (node != null && id == null) {
            p.markUnknown(field);
        }
        return id;
    }

    /** The ids of a list ({@link #id}); an item that names none is left out and makes the field unknown. */
    public static List<String> ids(DocReader p, FactField field) {
        List<String> out = new ArrayList<>();
        for (Doc item : p.textItems(p.keyOf(field), field)) {
            String id = id(item);
            if (id != null) {
                out.add(id);
            } else {
                p.markUnknown(field);
            }
        }
        return out;
    }

    /** The id a value names ({@link #id(DocReader, FactField)}), else null. */
    public static String id(Doc d) {
        if (d instanceof Doc.Scalar s) {
            return s.isNull() ? null : s.text();
        }
        return d instanceof Doc.Unknown u && u.refs().size() == 1 ? u.refs().iterator().next() : null;
    }
}
