package id.regsosek.identity;

import id.regsosek.common.CliCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** add-user: how a real office creates its first regency admin (the demo users exist only on H2). */
@Component
public class AddUserCommand implements CliCommand {

    private final RegencyUsers users;

    public AddUserCommand(RegencyUsers users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "add-user";
    }

    @Override
    public String usage() {
        return "add-user --id=USER --password=SECRET --group=regency-admin --regency=32.16"
                + " [--first-name=.. --last-name=.. --email=..]";
    }

    @Override
    public int run(ApplicationArguments args) {
        String id = CliCommand.required(args, "id");
        users.ensure(new RegencyUsers.NewUser(id, CliCommand.optional(args, "first-name", id),
                CliCommand.optional(args, "last-name", ""), CliCommand.optional(args, "email", null),
                CliCommand.required(args, "password"), CliCommand.required(args, "group"),
                CliCommand.required(args, "regency")));
        System.out.println("user " + id + " is in group " + args.getOptionValues("group").get(0)
                + " of regency " + args.getOptionValues("regency").get(0));
        return 0;
    }
}
