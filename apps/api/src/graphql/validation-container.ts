import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { useContainer } from 'class-validator';

/**
 * Lets class-validator build its constraints through Nest, so the ones that look things up (unknown skill ids,
 * programme ids) can use services. Every input is then checked in one pass, and one BAD_USER_INPUT names every bad
 * field, whether the rule is about shape or about the database.
 */
@Injectable()
export class ValidationContainer implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  /**
   * Each class's answer, looked up once: Nest answers a class it does not provide (class-validator's own Validator,
   * asked for on every validation) by throwing, and building that exception's stack on every input cost real time.
   */
  private readonly found = new Map<unknown, unknown>();

  onModuleInit(): void {
    useContainer({ get: (type: unknown) => this.instanceOf(type) }, { fallback: true, fallbackOnErrors: true });
  }

  /** Nest's instance of `type`, or undefined for class-validator to make its own. */
  private instanceOf(type: unknown): unknown {
    if (!this.found.has(type)) {
      let instance: unknown;
      try {
        instance = this.moduleRef.get(type as never, { strict: false });
      } catch {
        instance = undefined;
      }
      this.found.set(type, instance);
    }
    return this.found.get(type);
  }
}
