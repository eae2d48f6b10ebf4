package dev.sagelint.parse.terraform;

/**
 * One instance of a resource after count / for_each expansion.
 *
 * @param address e.g. {@code module.m.aws_sagemaker_endpoint.this["a"]}
 * @param scope   the scope its attributes evaluate in (each / count bound)
 */
record Instance(Module.Decl decl, String address, Scope scope) {
}
