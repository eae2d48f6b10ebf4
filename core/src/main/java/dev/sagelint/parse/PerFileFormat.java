package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import java.util.List;

/** A format whose every file is a deployment of its own: a sagelint spec, a CloudFormation template. */
public interface PerFileFormat extends InputFormat {

    /** Parses one file; never throws on bad input. */
    Deployment parse(SourceFile file, ParseContext context);

    @Override
    default List<Deployment> parse(List<SourceFile> files, ParseContext context) {
        return files.stream().map(file -> parse(file, context)).toList();
    }
}
