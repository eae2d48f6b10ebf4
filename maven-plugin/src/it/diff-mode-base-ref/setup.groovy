// A real git repository of two commits, made with JGit (on the scripts' class path: addTestClassPath):
// the base runs infra/orders.yaml's autoscaled variant on ml.m5.xlarge, the head (the working tree) on ml.g5.xlarge.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

import java.time.Instant
import java.time.ZoneOffset

def template = new File(basedir, 'infra/orders.yaml')
def head = template.text
assert head.contains('InstanceType: ml.g5.xlarge')

def commit = { Git git, String message, long second ->
    def who = new PersonIdent('IT', 'it@example.com', Instant.ofEpochSecond(1_700_000_000L + second), ZoneOffset.UTC)
    git.add().addFilepattern('.').call()
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
}

Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    template.text = head.replace('ml.g5.xlarge', 'ml.m5.xlarge')
    commit(git, 'base', 0)
    template.text = head
    commit(git, 'head: a larger instance type', 1)
} finally {
    git.close()
}
return true
