package dev.sagelint.model;

import java.util.List;

/**
 * An EC2 security group defined in the same template, module or spec, with the ingress rules written for it
 * (inline or as separate ingress resources).
 *
 * @param id             the group id or logical name that models and VPC endpoints refer to
 * @param ingressKnown   false when some ingress rule could not be read (then rules stay silent)
 */
public record SecurityGroup(String key, String id, String vpcId, List<Ingress> ingress, boolean ingressKnown,
                            Source source) implements Fact {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
    }

    /**
     * One ingress rule; ports null when not written (all ports for protocol -1).
     *
     * @param protocol            tcp, udp, icmp or -1 (all); null when unknown
     * @param cidr                CidrIp / CidrIpv6 / cidr_blocks entry, null when the source is a group
     * @param sourceGroup         SourceSecurityGroupId (id or logical name), null when the source is a CIDR
     */
    public record Ingress(String protocol, Integer fromPort, Integer toPort, String cidr, String sourceGroup,
                          Location location) {

        /** True when the rule admits TCP on the port (all-traffic rules included). */
        public boolean admitsTcp(int port) {
            if (protocol == null) {
                return true; // unknown: assume it admits, so rules stay silent
            }
            String p = protocol.toLowerCase(java.util.Locale.ROOT);
            boolean tcp = p.equals("tcp") || p.equals("6") || p.equals("-1") || p.equals("all");
            if (!tcp) {
                return false;
            }
            if (p.equals("-1") || p.equals("all") || fromPort == null || toPort == null) {
                return true;
            }
            return fromPort <= port && port <= toPort || fromPort == -1;
        }
    }

    /**
     * True when some rule admits TCP on the port from one of the groups, or from any CIDR (a CIDR is not
     * compared with the VPC's range: that would need the VPC CIDR, so any CIDR counts as admitting).
     */
    public boolean admitsTcpFrom(int port, List<String> groups) {
        if (!ingressKnown) {
            return true;
        }
        return ingress.stream().anyMatch(r -> r.admitsTcp(port)
                && (r.cidr() != null || r.sourceGroup() == null || groups.contains(r.sourceGroup())));
    }

    /** The fields of {@link SecurityGroup} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        ID("id", "GroupId"),
        VPC("vpc", "VpcId"),
        INGRESS("ingress", "SecurityGroupIngress");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
