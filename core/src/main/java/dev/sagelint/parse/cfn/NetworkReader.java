package dev.sagelint.parse.cfn;

import dev.sagelint.model.Model;
import dev.sagelint.model.Source;
import dev.sagelint.model.Vpc;
import dev.sagelint.parse.aws.AwsNetwork;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The VPC side of a template: VPC endpoints, and from subnets, route tables, their associations and
 * routes, which VPC a model runs in and whether its subnets reach the internet through a NAT gateway.
 */
final class NetworkReader {

    /** Route targets that may lead to the internet through something outside the template. */
    private static final List<String> OTHER_EGRESS = List.of("TransitGatewayId", "NetworkInterfaceId", "InstanceId",
            "VpcPeeringConnectionId", "VpcEndpointId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn");

    private final ResourceIndex index;

    NetworkReader(ResourceIndex index) {
        this.index = index;
    }

    /** A VPC defined in the template, with what its route tables say about a NAT gateway. */
    Vpc vpc(String id, Source source, List<Model> models) {
        return new Vpc("vpc:" + id, id, natGateway(id, models), source);
    }

    /** The template VPC (logical id) a template subnet's VpcId references, else null. */
    String vpcOfSubnet(String subnet) {
        DocReader sp = "AWS::EC2::Subnet".equals(index.types().get(subnet)) ? index.props().get(subnet) : null;
        Doc v = sp == null ? null : sp.textNode("VpcId");
        return v == null ? null : index.refOfType(v, "AWS::EC2::VPC");
    }

    /**
     * True when the model subnets in this VPC (or, without models, any of its route tables) route to
     * a NAT gateway; false when none does; null when a model subnet's route table is not in the template.
     */
    private Boolean natGateway(String vpcId, List<Model> models) {
        Set<String> natTables = new HashSet<>();
        Set<String> otherEgress = new HashSet<>();
        for (var e : index.types().entrySet()) {
            if (e.getValue().equals("AWS::EC2::Route") && index.props().containsKey(e.getKey())) {
                DocReader r = index.props().get(e.getKey());
                Doc table = r.textNode("RouteTableId");
                String t = table == null ? null : index.refOfType(table, "AWS::EC2::RouteTable");
                if (t != null && r.present("NatGatewayId")) {
                    natTables.add(t);
                } else if (t != null && OTHER_EGRESS.stream().anyMatch(r::present)) {
                    otherEgress.add(t);
                }
            }
        }
        List<String> modelSubnets = new ArrayList<>();
        for (Model m : models) {
            m.subnets().stream().filter(s -> vpcId.equals(vpcOfSubnet(s))).forEach(modelSubnets::add);
        }
        if (modelSubnets.isEmpty()) {
            for (String t : natTables) {
                Doc v = index.props().get(t) == null ? null : index.props().get(t).textNode("VpcId");
                if (v != null && vpcId.equals(index.refOfType(v, "AWS::EC2::VPC"))) {
                    return true;
                }
            }
            return false;
        }
        boolean all = true;
        for (String subnet : modelSubnets) {
            Set<String> tables = tablesOf(subnet);
            if (tables.isEmpty()) {
                return null;
            }
            if (tables.stream().noneMatch(natTables::contains)) {
                if (tables.stream().anyMatch(otherEgress::contains)) {
                    return null; // a transit gateway or appliance may lead to a central NAT: not decidable here
                }
                all = false;
            }
        }
        return all;
    }

    /** The route tables associated with a template subnet (SubnetRouteTableAssociation). */
    Set<String> tablesOf(String subnet) {
        Set<String> out = new LinkedHashSet<>();
        for (var e : index.types().entrySet()) {
            if (e.getValue().equals("AWS::EC2::SubnetRouteTableAssociation") && index.props().containsKey(e.getKey())) {
                DocReader a = index.props().get(e.getKey());
                Doc s = a.textNode("SubnetId");
                Doc t = a.textNode("RouteTableId");
                if (s != null && t != null && subnet.equals(AwsNetwork.id(s))) {
                    String table = index.refOfType(t, "AWS::EC2::RouteTable");
                    if (table != null) {
                        out.add(table);
                    }
                }
            }
        }
        return out;
    }
}

