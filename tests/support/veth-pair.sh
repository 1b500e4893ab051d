# Sourced by Keyward's network test scripts (needs root): two namespaces, TAGc for the
# client and TAGs for the server, joined by a veth link (TAGv0 in the client, TAGv1 in
# the server), both ends and loopback up.
#
#   veth_pair TAG CLIENT-ADDRESS/PREFIX SERVER-ADDRESS/PREFIX
# Returns non-zero when a namespace or the link cannot be made. The caller deletes the
# namespaces (ip netns del TAGc; ip netns del TAGs), which takes the link with them.
veth_pair() {
    local tag=$1 client=$2 server=$3
    ip netns add "${tag}s" && ip netns add "${tag}c" || return 1
    ip link add "${tag}v0" netns "${tag}c" type veth peer name "${tag}v1" netns "${tag}s" || return 1
    ip -n "${tag}c" addr add "$client" dev "${tag}v0" && ip -n "${tag}s" addr add "$server" dev "${tag}v1" || return 1
    local ns
    for ns in "${tag}c" "${tag}s"; do ip -n "$ns" link set lo up || return 1; done
    ip -n "${tag}c" link set "${tag}v0" up && ip -n "${tag}s" link set "${tag}v1" up
}
