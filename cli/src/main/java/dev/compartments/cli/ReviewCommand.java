package dev.compartments.cli;

import dev.compartments.components.ComponentDescription;
import dev.compartments.components.Panel;
import dev.compartments.components.Review;
import dev.compartments.components.ReviewKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compartments review ...}: Ed25519 review sign-offs of components (DESIGN.md section 8). */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Sign and verify reviews: \"component C, endowed with APIs X and Y, correctly and safely provides API Z\".",
    subcommands = {ReviewCommand.Keygen.class, ReviewCommand.Sign.class, ReviewCommand.Verify.class})
final class ReviewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code review keygen PREFIX}: writes PREFIX.key (private, owner-only) and PREFIX.pub. */
  @Command(name = "keygen", mixinStandardHelpOptions = true, description = "Generate an Ed25519 key pair as PREFIX.key and PREFIX.pub.")
  static final class Keygen implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PREFIX", description = "Where to write the keys, without extension.")
    Path prefix;

    @Override
    public Integer call() {
      return Cli.guard(spec, "review keygen", () -> {
        KeyPair pair = ReviewKeys.generate(prefix);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + ReviewKeys.privateKeyFile(prefix) + " (keep it secret) and " + ReviewKeys.publicKeyFile(prefix));
        out.println("public key " + ReviewKeys.encode(pair.getPublic()));
        out.println("fingerprint " + ReviewKeys.fingerprint(pair.getPublic()));
        return 0;
      });
    }
  }

  /** {@code review sign DIR --key PREFIX [--out FILE]}: signs the component's statement. */
  @Command(name = "sign", mixinStandardHelpOptions = true, description = "Sign the review statement of the component in DIR.")
  static final class Sign implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The component folder.")
    Path dir;

    @Option(names = "--key", required = true, paramLabel = "PREFIX", description = "The key pair PREFIX.key and PREFIX.pub (from review keygen).")
    Path prefix;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the review here (default: standard output).")
    Path outFile;

    @Override
    public Integer call() {
      return Cli.guard(spec, "review sign", () -> {
        ComponentDescription component = ComponentDescription.read(dir);
        PrivateKey privateKey = ReviewKeys.readPrivateKey(ReviewKeys.privateKeyFile(prefix));
        PublicKey publicKey = ReviewKeys.readPublicKey(ReviewKeys.publicKeyFile(prefix));
        Review review = Review.sign(component, privateKey, publicKey);
        if (!review.verify(component).valid()) {
          throw new IllegalArgumentException(prefix + ".key and " + prefix + ".pub are not one key pair");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (outFile == null) {
          out.print(review.toJson());
        } else {
          review.write(outFile);
          out.println("signed: " + review.statement());
          out.println("wrote " + outFile);
        }
        return 0;
      });
    }
  }

  /**
   * {@code review verify REVIEW DIR [--panel FILE]}: exit 0 if the review is valid for the component
   * as it is now (and, with a panel, signed by a member), 1 if not.
   */
  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify a review against the component in DIR as it is now.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REVIEW", description = "The review file (JSON).")
    Path reviewFile;

    @Parameters(index = "1", paramLabel = "DIR", description = "The component folder.")
    Path dir;

    @Option(names = "--panel", paramLabel = "FILE", description = "Also require the signer to be a member of this review panel.")
    Path panelFile;

    @Override
    public Integer call() {
      return Cli.guard(spec, "review verify", () -> {
        Review review = Review.read(reviewFile);
        ComponentDescription component = ComponentDescription.read(dir);
        Review.Verification verification = review.verify(component);
        PrintWriter out = spec.commandLine().getOut();
        out.println(verification.outcome() + ": " + verification.message());
        if (!verification.valid()) {
          return 1;
        }
        if (panelFile != null) {
          Panel panel = Panel.read(panelFile);
          List<String> signers = panel.signers(component, List.of(review));
          if (signers.isEmpty()) {
            out.println("NOT A MEMBER: key " + review.keyFingerprint() + " is not in panel " + panel.name());
            return 1;
          }
          out.println("signed by " + String.join(", ", signers) + " of panel " + panel.name());
        }
        return 0;
      });
    }
  }
}
